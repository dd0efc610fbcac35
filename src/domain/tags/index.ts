export * from "./tags";
