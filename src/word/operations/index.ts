export * from "./ReportRenderer";
export * from "./buildMetadata";
export * from "./draftReport";
export * from "./refreshReport";
export * from "./rollForward";
export * from "./checkReport";
export * from "./correctFigure";
export * from "./scanReport";
