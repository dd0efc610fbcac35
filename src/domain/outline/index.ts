export * from "./reportOutline";
