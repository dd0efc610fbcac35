import { createContext, useContext } from "react";
import type { ReportDocument } from "../services/ReportDocument";

export const ReportDocumentContext = createContext<ReportDocument | undefined>(undefined);

/** The open document, as the pane may use it: Word inside Office, the headless Word in the playground and tests. */
export function useReportDocument(): ReportDocument {
  const doc = useContext(ReportDocumentContext);
  if (!doc) throw new Error("useReportDocument() needs a <ReportDocumentContext.Provider> above it");
  return doc;
}
