export * from "./WordSession";
export * from "./metadataStore";
export * from "./scanDocument";
export * from "./insertReport";
export * from "./applyPlan";
export * from "./refreshDocument";
export * from "./selectFinding";
export * from "./controlText";
