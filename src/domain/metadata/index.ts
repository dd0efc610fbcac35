export * from "./ReportMetadata";
export * from "./metadataXml";
export * from "./metadataEntries";
export * from "./storedMetadata";
