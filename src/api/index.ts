/** The figures service's client: what the task pane and the CLI import. */
export { createFiguresClient } from "./createFiguresClient";
export type { FiguresClient, FiguresClientOptions, FiguresRef, FiguresWithEtag, ImportAnswer, ImportRequest, RequestOptions } from "./FiguresClient";
export * from "./errors";
