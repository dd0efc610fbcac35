export * from "./Override";
export * from "./figuresFromTexts";
export * from "./planWithOverrides";
export * from "./readCorrection";
