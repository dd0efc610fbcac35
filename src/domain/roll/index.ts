export * from "./rollFigures";
