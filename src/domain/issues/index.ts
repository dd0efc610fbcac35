export * from "./Issue";
export * from "./describePlace";
export * from "./formatIssue";
