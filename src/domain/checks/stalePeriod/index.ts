export * from "./StaleFinding";
export * from "./outlineOf";
export * from "./scanStalePeriods";
