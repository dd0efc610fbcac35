export * from "./RefreshPlan";
export * from "./planRefresh";
export * from "./documentIssues";
