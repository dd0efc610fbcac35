import { useRef, useState } from "react";
import { useLanguage } from "../context/LanguageContext";
import { usePaneSession } from "../context/PaneSessionContext";
import { useReportDocument } from "../context/ReportDocumentContext";
import { errorDetail, type Failure } from "../shared/describeFailure";
import { useBaseFigures } from "./useBaseFigures";
import { makeFiguresWorkbook, readWorkbookFile, workbookFileName, type WorkbookReading } from "./workbookFile";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export type WorkbookReadState =
  | { readonly kind: "idle" }
  | { readonly kind: "notWorkbook"; readonly name: string }
  | { readonly kind: "reading"; readonly name: string }
  | { readonly kind: "read"; readonly reading: WorkbookReading };

export type WorkbookExportState =
  | { readonly kind: "idle" }
  | { readonly kind: "busy" }
  | { readonly kind: "done"; readonly name: string };

/** A file's bytes; FileReader where Blob.arrayBuffer is missing (older webviews). */
function fileBytes(file: Blob): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === "function") return file.arrayBuffer().then((b) => new Uint8Array(b));
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error("FileReader failed"));
    reader.readAsArrayBuffer(file);
  });
}

/** Hands bytes to the browser as a download named `name`. */
function download(bytes: Uint8Array, name: string): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: XLSX_TYPE }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.style.display = "none";
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * The Excel workbook source: making this period's figures workbook for the divisions, and reading one back —
 * every problem at once, the whole workbook's figures (or, by the clerk's choice, its valid part) handed over
 * for review, never applied from here.
 */
export function useWorkbookImport() {
  const doc = useReportDocument();
  const session = usePaneSession();
  const { lang } = useLanguage();
  const { base, target, baseFailure } = useBaseFigures();
  const [read, setRead] = useState<WorkbookReadState>({ kind: "idle" });
  const [made, setMade] = useState<WorkbookExportState>({ kind: "idle" });
  const [failure, setFailure] = useState<Failure | undefined>(undefined);
  const [used, setUsed] = useState<number | undefined>(undefined);
  // Only the last file chosen is shown, however the readings finish.
  const latest = useRef(0);

  const failed = (error: unknown) =>
    setFailure({
      intent: "error",
      words: (t) => ({
        title: t.dataSource.workbookFailedTitle,
        detail: errorDetail(error, t),
        action: t.dataSource.workbookFailedAction,
      }),
    });

  const exportWorkbook = async () => {
    if (!base || !target) return;
    setFailure(undefined);
    setMade({ kind: "busy" });
    try {
      const name = workbookFileName(base.period);
      download(await makeFiguresWorkbook(doc.template, target.period, base), name);
      setMade({ kind: "done", name });
    } catch (error) {
      setMade({ kind: "idle" });
      failed(error);
    }
  };

  const takeFile = async (file: File) => {
    if (!base) return;
    const ticket = (latest.current += 1);
    setFailure(undefined);
    setUsed(undefined);
    if (!/\.xlsx$/i.test(file.name)) {
      setRead({ kind: "notWorkbook", name: file.name });
      return;
    }
    setRead({ kind: "reading", name: file.name });
    try {
      const bytes = await fileBytes(file);
      const reading = await readWorkbookFile({ bytes, name: file.name, template: doc.template, base, lang });
      if (ticket === latest.current) setRead({ kind: "read", reading });
    } catch (error) {
      if (ticket !== latest.current) return;
      setRead({ kind: "idle" });
      failed(error);
    }
  };

  const hand = (whole: boolean) => {
    if (read.kind !== "read") return;
    const { reading } = read;
    const figures = whole ? reading.figures : reading.validPart;
    if (!figures) return;
    session.setPending({ figures, origin: "workbook", source: { kind: "file", name: reading.name } });
    setUsed(whole ? reading.count : reading.validCount);
    const blank = session.status.state === "ready" && session.status.value.kind === "blank";
    session.openPanel(blank ? "status" : "review");
  };

  return {
    target,
    baseFailure,
    failure,
    read,
    made,
    exportWorkbook,
    takeFile,
    useWhole: () => hand(true),
    useValidPart: () => hand(false),
    // Once the figures were applied (or dropped), saying they wait for review would mislead.
    used: session.pending?.origin === "workbook" ? used : undefined,
  };
}
