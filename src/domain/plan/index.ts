export * from "./RefreshPlan";
export * from "./planRefresh";
