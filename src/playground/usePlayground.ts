import { useCallback, useEffect, useRef, useState } from "react";
import { openDocx, type DocxHost, type HostProfileName } from "../docx";
import type { OpenDocument, PlaygroundNotice } from "./Playground.types";
import { readControl, typeIntoControl } from "../word";
import { observeDocument } from "./observeDocument";
import { renderPreview, type PreviewSelection } from "./renderPreview";
import { buildSample } from "./sample";
import { reportFileName } from "./reportFileName";
import { makeReportDocument, playgroundSelfTest, sessionOf } from "./wiring";

/** What the page exposes for the browser tests and the benchmark. */
export type PlaygroundProbe = {
  readonly renders: number;
  readonly syncs: number;
  readonly selection: string | undefined;
};

/**
 * The playground's state: the open document (headless Word), the pane's ReportDocument over it, and the
 * preview redrawn after every operation (save → docx-preview), the selection shown.
 */
export function usePlayground() {
  const [open, setOpen] = useState<OpenDocument | undefined>(undefined);
  const [profile, setProfileState] = useState<HostProfileName>("m365");
  const [notice, setNotice] = useState<PlaygroundNotice | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [selection, setSelection] = useState<string | undefined>(undefined);
  const [syncs, setSyncs] = useState(0);
  const [renders, setRenders] = useState(0);
  const previewRef = useRef<HTMLDivElement | null>(null);
  const stylesRef = useRef<HTMLDivElement | null>(null);
  const paneRef = useRef<HTMLElement | null>(null);
  const generation = useRef(0);
  const drawing = useRef<Promise<void>>(Promise.resolve());

  const draw = useCallback((host: DocxHost) => {
    // One drawing at a time, in order: a later operation's picture never lands under an earlier one.
    drawing.current = drawing.current.then(async () => {
      const container = previewRef.current;
      const styles = stylesRef.current;
      if (!container || !styles) return;
      const selected = host.selection;
      const shown: PreviewSelection =
        selected?.kind === "contentControl"
          ? { kind: "contentControl", id: selected.id, tag: selected.tag }
          : (selected ?? null);
      setSelection(
        selected?.kind === "contentControl"
          ? selected.tag
          : selected?.kind === "range"
            ? `“${selected.text}”`
            : undefined,
      );
      setSyncs(host.syncCount);
      try {
        await renderPreview({ bytes: await host.save(), selection: shown, container, styles });
        setRenders((n) => n + 1);
      } catch (error) {
        setNotice({
          intent: "error",
          title: "renderFailed",
          body: error instanceof Error ? error.message : String(error),
        });
      }
    });
    return drawing.current;
  }, []);

  const show = useCallback(
    async (make: () => Promise<DocxHost>, fileName: string) => {
      setBusy(true);
      setNotice(undefined);
      try {
        const host = await make();
        generation.current += 1;
        const doc = observeDocument(makeReportDocument(host), () => void draw(host));
        setOpen({ host, doc, generation: generation.current, fileName });
        // Another document starts at its first page.
        previewRef.current?.parentElement?.scrollTo({ top: 0 });
        paneRef.current?.scrollTo({ top: 0 });
        await draw(host);
      } catch (error) {
        setNotice({
          intent: "error",
          title: "openFailed",
          body: error instanceof Error ? error.message : String(error),
        });
      } finally {
        setBusy(false);
      }
    },
    [draw],
  );

  useEffect(() => {
    (window as { __baocaoPlayground?: PlaygroundProbe }).__baocaoPlayground = { renders, syncs, selection };
  }, [renders, syncs, selection]);

  // A blank document to start with, as Word opens one.
  useEffect(() => {
    void show(() => openDocx(undefined, { profile }), "bao-cao.docx");
    // Only once, at start.
  }, []);

  /**
   * A figure the clerk is typing into in the preview: which control, what it shows, and where it is drawn
   * (relative to the preview's scrolled content).
   */
  const [typing, setTyping] = useState<TypingInto | undefined>(undefined);

  /** Opens the typing on the control of this id, as the clerk clicks a figure in Word. */
  const startTyping = async (id: number, at: { readonly top: number; readonly left: number }) => {
    if (!open) return;
    const found = await readControl(sessionOf(open.host), id);
    if (found) setTyping({ id, ...found, ...at });
  };

  /**
   * What the clerk typed goes into the control as Word puts typing there: the control's text replaced, nothing
   * else of the document (its metadata included) touched. The pane learns of it at its next reading, as in Word.
   */
  const finishTyping = async (text: string | undefined) => {
    const target = typing;
    setTyping(undefined);
    if (!open || !target || text === undefined || text === target.text) return;
    await typeIntoControl(sessionOf(open.host), target.id, text);
    await draw(open.host);
  };

  const download = async () => {
    if (!open) return;
    const bytes = await open.host.save();
    const url = URL.createObjectURL(
      new Blob([bytes as BlobPart], {
        type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      }),
    );
    const link = document.createElement("a");
    link.href = url;
    // Named after the report it holds (BC-CCHC-SCT-2021-Q1.docx), as the office files it.
    link.download = reportFileName(
      await open.doc.status().catch(() => ({ kind: "foreign" as const })),
      open.fileName,
    );
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };

  return {
    open,
    busy,
    notice,
    selection,
    syncs,
    renders,
    profile,
    /** The same document, reopened in the Word of another profile (what it offers decides what the pane may do). */
    setProfile: (value: HostProfileName) => {
      setProfileState(value);
      const current = open;
      if (current)
        void show(async () => openDocx(await current.host.save(), { profile: value }), current.fileName);
    },
    selfTest: playgroundSelfTest(profile),
    previewRef,
    stylesRef,
    paneRef,
    openSample: () => show(() => buildSample({ profile }), "bao-cao-cchc-quy-I-2021.docx"),
    openBlank: () => show(() => openDocx(undefined, { profile }), "bao-cao.docx"),
    openFile: (file: File) =>
      show(async () => openDocx(new Uint8Array(await file.arrayBuffer()), { profile }), file.name),
    download,
    typing,
    startTyping,
    finishTyping,
  };
}

export type TypingInto = {
  readonly id: number;
  readonly tag: string;
  /** What the control shows before the clerk types. */
  readonly text: string;
  readonly top: number;
  readonly left: number;
};
