export * from "./ReportMetadata";
export * from "./metadataXml";
