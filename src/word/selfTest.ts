import sampleFigures from "../../test/fixtures/figures/sct-dongnai-2021-Q1.json";
import type { Figures } from "../domain/figures/schema";
import { parseFigures } from "../domain/figures/parseFigures";
import { documentIssues } from "../domain/plan";
import { formatPeriodCode, parsePeriod, type Period } from "../domain/period";
import { figureTag, headerTag, periodTag } from "../domain/tags";
import { findAgency } from "../domain/template/agencies";
import { findTemplate } from "../domain/template/registry";
import { BLANK_MARK, textRead } from "./controlText";
import { checkReport } from "./operations/checkReport";
import { draftReport } from "./operations/draftReport";
import type { ReportInput, ReportRenderer } from "./operations/ReportRenderer";
import { refreshReport } from "./operations/refreshReport";
import { rollForward } from "./operations/rollForward";
import { scanDocument, type DocumentScan } from "./scanDocument";
import type { IsSetSupported, WordSession } from "./WordSession";

/**
 * The compatibility self-test: the add-in's own operations (insert by every path the host offers, scan,
 * refresh with a row-count change, roll forward, lock and unlock, metadata write and read, select a control,
 * a control inside a table, an emptied control) run on a scratch document — never the clerk's report — each
 * judged by what Word then holds. It uses the Word API only, through the session it is given, so the same
 * probe runs in real Word (the pane's "Kiểm tra tương thích"), on the headless Word under every profile
 * (`baocao selftest`) and in the playground. Whatever passes on the headless Word and fails in a real one is
 * then visible the first time anyone opens the add-in there (the differences are listed in
 * src/docx/README.md, "Where Word does less").
 */

export type SelfTestStatus = "passed" | "failed" | "skipped";

export type SelfTestCheck = {
  /** A stable technical name (`--json`, "Chi tiết kỹ thuật"). */
  readonly id: string;
  readonly title: { readonly vi: string; readonly en: string };
  readonly status: SelfTestStatus;
  /** What was seen: the error Word gave, or why the check does not apply to this Word. */
  readonly detail?: string;
};

/** The Word the probe ran in: its version, platform and the highest version of each requirement set. */
export type SelfTestHost = {
  readonly version?: string;
  readonly platform?: string;
  readonly sets: Readonly<Record<string, string>>;
};

export type SelfTestReport = {
  readonly host: SelfTestHost;
  readonly checks: readonly SelfTestCheck[];
  readonly passed: number;
  readonly failed: number;
  readonly skipped: number;
  /** True when no check failed. */
  readonly ok: boolean;
};

export type SelfTestArgs = {
  readonly renderer: ReportRenderer;
  /** `Office.context.requirements.isSetSupported`, or the headless host's. */
  readonly isSetSupported: IsSetSupported;
  readonly version?: string;
  readonly platform?: string;
  /** A Flat OPC package zipped as a .docx, Base64 (insertFileFromBase64's argument). */
  readonly toBase64Docx: (flatOpc: string) => Promise<string>;
  readonly now?: Date;
  /** Told as each check ends (the pane shows progress). */
  readonly onCheck?: (check: SelfTestCheck) => void;
};

/** The requirement sets asked about, with the versions Microsoft has published for each. */
const KNOWN_SETS: Readonly<Record<string, readonly string[]>> = {
  WordApi: ["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9", "1.10"],
  WordApiDesktop: ["1.1", "1.2", "1.3", "1.4"],
  WordApiHiddenDocument: ["1.3", "1.4", "1.5", "1.6"],
  WordApiOnline: ["1.1"],
};

/** The highest version of every known requirement set the host supports. */
export function supportedSets(isSetSupported: IsSetSupported): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, versions] of Object.entries(KNOWN_SETS)) {
    const have = versions.filter((v) => isSetSupported(name, v));
    if (have.length) out[name] = have[have.length - 1]!;
  }
  return out;
}

/** A check that did not hold: what was expected and what Word gave. */
class NotAsExpected extends Error {}

const holds = (ok: boolean, what: string): void => {
  if (!ok) throw new NotAsExpected(what);
};

const describeError = (error: unknown): string => {
  if (error instanceof NotAsExpected) return error.message;
  const e = error as { code?: string; message?: string; debugInfo?: { errorLocation?: string } };
  const where = e.debugInfo?.errorLocation ? ` (${e.debugInfo.errorLocation})` : "";
  return `${e.code ? `${e.code}: ` : ""}${e.message ?? String(error)}${where}`;
};

/** The Quý I/2021 report of Sở Công Thương Đồng Nai (the shipped sample), what the probe inserts. */
export function sampleInput(): ReportInput {
  const template = findTemplate(undefined);
  if (!template) throw new Error("Không có mẫu báo cáo nào.");
  const { value: figures } = parseFigures(sampleFigures, template);
  const agency = figures ? findAgency(figures.agency) : undefined;
  const period = figures ? parsePeriod(figures.period) : undefined;
  if (!figures || !agency || !period || !("value" in period)) throw new Error("Số liệu mẫu không hợp lệ.");
  return { template, figures, agency, period: period.value };
}

/** The sample with table T1 at `n` rows (a row-count change for refresh). */
const withT1Rows = (input: ReportInput, n: number): ReportInput => {
  const rows = input.figures.tables.T1?.rows ?? [];
  const first = rows[0] ?? {};
  const next: Figures = {
    ...input.figures,
    tables: { ...input.figures.tables, T1: { rows: Array.from({ length: n }, (_, i) => rows[i] ?? { ...first, c2: `Thủ tục ${i + 1}` }) } },
  };
  return { ...input, figures: next };
};

/** Every tag the scan found, with how many controls carry it. */
const tagCounts = (scan: DocumentScan): Map<string, number> => new Map([...scan.controls].map(([t, f]) => [t, f.length]));

/**
 * Runs every check on the scratch document behind `session` (it is written over) and reports each passed,
 * failed or skipped (a path this Word does not offer, by its requirement sets). A failing check never stops the
 * others; checks that need an earlier one's result fail with it.
 */
export async function runSelfTest(session: WordSession, args: SelfTestArgs): Promise<SelfTestReport> {
  const { renderer, isSetSupported } = args;
  const now = args.now ?? new Date();
  const checks: SelfTestCheck[] = [];
  const run = async (id: string, title: SelfTestCheck["title"], body: () => Promise<string | void>, skip?: string) => {
    let check: SelfTestCheck;
    if (skip !== undefined) check = { id, title, status: "skipped", detail: skip };
    else {
      try {
        const detail = await body();
        check = { id, title, status: "passed", ...(detail ? { detail } : {}) };
      } catch (error) {
        check = { id, title, status: "failed", detail: describeError(error) };
      }
    }
    checks.push(check);
    args.onCheck?.(check);
  };

  const input = sampleInput();
  const content = renderer.content(input);
  const expectedTags = [...content.texts.keys()];
  const caps = session.capabilities;
  let scan: DocumentScan | undefined;
  const scanned = (): DocumentScan => {
    if (!scan) throw new NotAsExpected("the report was not inserted");
    return scan;
  };
  const textsOf = (tags: readonly string[]) =>
    session.run(async (context) => {
      const found = tags.map((tag) => context.document.contentControls.getByTag(tag).load("items/text,items/cannotEdit"));
      await context.sync();
      return found.map((c) => c.items.map((i) => ({ text: i.text, cannotEdit: i.cannotEdit })));
    });

  // Insert: the body by insertOoxml, the page header through the sections API, the page through PageSetup.
  await run("insert.ooxml", { vi: "Chèn báo cáo (insertOoxml)", en: "Insert the report (insertOoxml)" }, async () => {
    const { syncs } = await session.measure((s) => draftReport(s, renderer, { input, now }));
    holds(syncs <= 2, `${syncs} syncs (budget 2)`);
    return `${syncs} syncs`;
  });
  await run("scan.controls", { vi: "Đọc các ô của báo cáo", en: "Scan the report's controls" }, async () => {
    const { result, syncs } = await session.measure(scanDocument);
    scan = result;
    const counts = tagCounts(result);
    const problems = documentIssues(counts, input.template, content.texts).filter((i) => (i.severity ?? "error") === "error");
    holds(problems.length === 0, `${problems.length} controls missing or doubled: ${problems.slice(0, 5).map((i) => i.path.join(":")).join(", ")}`);
    holds(syncs <= 1, `${syncs} syncs (budget 1)`);
    return `${counts.size} controls, ${syncs} sync`;
  });
  await run("scan.texts", { vi: "Chữ trong các ô đúng như đã chèn", en: "Every control shows the text inserted" }, async () => {
    const wrong = expectedTags.filter((t) => {
      const shown = scanned().controls.get(t)?.[0]?.text;
      return shown !== textRead(content.texts.get(t) ?? "");
    });
    holds(wrong.length === 0, `${wrong.length} controls differ: ${wrong.slice(0, 5).join(", ")}`);
  });
  await run("metadata.read", { vi: "Ghi và đọc lại thông tin của baocao", en: "Metadata written and read back" }, async () => {
    const meta = scanned().metadata;
    holds(!!meta, "no metadata read back");
    holds(meta!.period === formatPeriodCode(input.period), `period ${meta!.period}`);
    holds(meta!.templateId === input.template.id, `template ${meta!.templateId}`);
    holds(Object.keys(meta!.written).length > 0, "no written texts kept");
  });
  await run("metadata.store", { vi: "Nơi lưu thông tin đúng với Word này", en: "Metadata kept where this Word allows" }, async () => {
    const want = caps.customXmlParts ? "customXml" : "properties";
    holds(scanned().store === want, `stored in ${scanned().store}, expected ${want}`);
    return want;
  });
  await run("insert.header", { vi: "Đầu trang có số trang (qua sections)", en: "Page header with the page number (sections API)" }, async () => {
    const count = await session.run(async (context) => {
      const header = context.document.sections.getFirst().getHeader("Primary").paragraphs.load("items");
      await context.sync();
      return header.items.length;
    });
    holds(count >= 1, "the page header is empty");
  });
  await run(
    "insert.pageSetup",
    { vi: "Khổ A4, lề và “Trang đầu khác” (PageSetup)", en: "A4, margins and different first page (PageSetup)" },
    async () => {
      const page = await session.run(async (context) => {
        const p = context.document.pageSetup.load("paperSize,differentFirstPageHeaderFooter,leftMargin");
        await context.sync();
        return { paper: p.paperSize, first: p.differentFirstPageHeaderFooter };
      });
      holds(page.paper === "A4", `paper ${page.paper}`);
      holds(page.first === true, "different first page not set");
    },
    caps.pageSetup ? undefined : "WordApiDesktop 1.3 absent",
  );
  await run("check.pageSetup", { vi: "Kiểm tra trước khi ký nói rõ phần đặt trang", en: "The check says what of the page is to set" }, async () => {
    const report = await checkReport(session, renderer, { findTemplate, findAgency });
    const byHand = report.entries.filter((e) => e.issue.code === "ready.pageSetupByHand").length;
    const wrong = report.entries.filter((e) => e.issue.code === "ready.pageSetupWrong").length;
    if (caps.pageSetup) holds(byHand === 0 && wrong === 0, `${byHand + wrong} page items listed though PageSetup set them`);
    else holds(byHand > 0, "no page-setup item listed for the clerk");
    const clerk = report.entries.filter((e) => e.issue.code === "ready.blankForClerk").map((e) => e.tag);
    holds(clerk.includes(headerTag("docNumber")), "the number left to the văn thư is not listed");
    return caps.pageSetup ? "set by the add-in" : `${byHand} items for the clerk`;
  });

  // Controls: locks, selection, tables, emptied.
  const lockedTag = () => {
    const found = [...scanned().controls].find(([, f]) => f[0]?.cannotEdit);
    holds(!!found, "no locked (computed) control");
    return found![0];
  };
  await run("lock.computed", { vi: "Ô tính tự động bị khoá", en: "Computed controls are locked" }, async () => {
    return lockedTag();
  });
  await run("lock.refuse", { vi: "Word từ chối ghi vào ô khoá", en: "Word refuses a write into a locked control" }, async () => {
    const tag = lockedTag();
    let refused = false;
    await session.run(async (context) => {
      context.document.contentControls.getByTag(tag).getFirst().insertText("1", "Replace");
      try {
        await context.sync();
      } catch {
        refused = true;
      }
    });
    holds(refused, "the write went through");
  });
  await run("lock.unlockWrite", { vi: "Mở khoá, ghi, khoá lại trong một lượt", en: "Unlock, write and relock in one batch" }, async () => {
    const tag = lockedTag();
    const before = scanned().controls.get(tag)?.[0]?.text ?? "";
    await session.run(async (context) => {
      const control = context.document.contentControls.getByTag(tag).getFirst();
      control.cannotEdit = false;
      control.insertText("12345", "Replace");
      control.cannotEdit = true;
      await context.sync();
    });
    const [after] = await textsOf([tag]);
    holds(after?.[0]?.text === "12345", `reads “${after?.[0]?.text}”`);
    holds(after?.[0]?.cannotEdit === true, "not locked again");
    await session.run(async (context) => {
      const control = context.document.contentControls.getByTag(tag).getFirst();
      control.cannotEdit = false;
      control.insertText(before === "" ? BLANK_MARK : before, "Replace");
      control.cannotEdit = true;
      await context.sync();
    });
  });
  const proseTag = figureTag("II.1.vbqpplDraftsRegistered");
  await run("select.control", { vi: "Chọn một ô trong văn bản", en: "Select a control" }, async () => {
    const tag = await session.run(async (context) => {
      context.document.contentControls.getByTag(proseTag).getFirst().select();
      await context.sync();
      const selection = context.document.getSelection();
      const parent = selection.parentContentControlOrNullObject.load("tag");
      const inside = selection.contentControls.load("items/tag");
      await context.sync();
      // Word may report the selected control as the selection's parent or as a control within it.
      return [...(parent.isNullObject ? [] : [parent.tag]), ...inside.items.map((c) => c.tag)];
    });
    holds(tag.includes(proseTag), `the selection holds ${tag.join(", ") || "no control"}`);
  });
  const cellTag = figureTag("T2.r1.c5");
  await run("table.cellListed", { vi: "Ô trong bảng được liệt kê", en: "A control inside a table is listed" }, async () => {
    const listed = await session.run(async (context) => {
      const all = context.document.contentControls.load("items/tag");
      await context.sync();
      return all.items.some((c) => c.tag === cellTag);
    });
    holds(listed, "document.contentControls leaves out the table's controls");
  });
  await run("table.cellWrite", { vi: "Ghi vào ô trong bảng", en: "Write into a control inside a table" }, async () => {
    const before = content.texts.get(cellTag) ?? "";
    for (const text of ["77,7 %", before]) {
      await session.run(async (context) => {
        const control = context.document.contentControls.getByTag(cellTag).getFirst();
        const locked = control.load("cannotEdit");
        await context.sync();
        if (locked.cannotEdit) control.cannotEdit = false;
        control.insertText(text, "Replace");
        if (locked.cannotEdit) control.cannotEdit = true;
        await context.sync();
      });
      const [read] = await textsOf([cellTag]);
      holds(read?.[0]?.text === text, `reads “${read?.[0]?.text}”, wrote “${text}”`);
    }
  });
  await run("emptied.readsBlank", { vi: "Ô bị xoá trống đọc là trống", en: "An emptied control reads as blank" }, async () => {
    await session.run(async (context) => {
      context.document.contentControls.getByTag(proseTag).getFirst().insertText("", "Replace");
      await context.sync();
    });
    const [read] = await textsOf([proseTag]);
    const shown = read?.[0]?.text ?? "";
    holds(textRead(shown) === "", `reads “${shown}”, which the add-in would take for a value`);
    return shown === "" ? "empty" : `shows “${shown}”`;
  });
  await run("emptied.rewrite", { vi: "Ghi lại vào ô đã xoá trống", en: "Write again into an emptied control" }, async () => {
    const text = content.texts.get(proseTag) ?? "07";
    await session.run(async (context) => {
      context.document.contentControls.getByTag(proseTag).getFirst().insertText(text, "Replace");
      await context.sync();
    });
    const [read] = await textsOf([proseTag]);
    holds(read?.[0]?.text === text, `reads “${read?.[0]?.text}”, wrote “${text}” (placeholder left?)`);
  });

  // Refresh: nothing, one figure, then a table's rows changing in number both ways.
  const refresh = (next: ReportInput, dryRun = false) =>
    session.measure((s) => refreshReport(s, renderer, { input: next, now, dryRun, overwrite: new Set() }));
  await run("refresh.nothing", { vi: "Cập nhật khi không có gì đổi", en: "Refresh with nothing changed" }, async () => {
    const { result, syncs } = await refresh(input, true);
    holds(result.plan.changes.length === 0 && result.plan.rebuilds.length === 0, `${result.plan.changes.length} changes planned`);
    holds(syncs <= 1, `${syncs} syncs`);
  });
  const changed: ReportInput = { ...input, figures: { ...input.figures, fields: { ...input.figures.fields, "II.1.vbqpplDraftsRegistered": 8 } } };
  await run("refresh.figure", { vi: "Cập nhật một số liệu", en: "Refresh one figure" }, async () => {
    const { result, syncs } = await refresh(changed);
    holds(result.applied, "not applied");
    holds(syncs <= 2, `${syncs} syncs (budget 2)`);
    const want = renderer.content(changed).texts.get(proseTag);
    const [read] = await textsOf([proseTag]);
    holds(read?.[0]?.text === want, `reads “${read?.[0]?.text}”, expected “${want}”`);
    return `${result.plan.changes.length} changes, ${syncs} syncs`;
  });
  const rows = input.figures.tables.T1?.rows.length ?? 0;
  const refreshRows = async (n: number) => {
    const next = withT1Rows(changed, n);
    const { result, syncs } = await refresh(next);
    holds(result.applied, "not applied");
    holds(result.plan.rebuilds.some((r) => r.tableId === "T1" && r.newRows === n), "no row change planned");
    holds(syncs <= 2, `${syncs} syncs (budget 2)`);
    const last = figureTag(`T1.r${n}.c2`);
    const beyond = figureTag(`T1.r${n + 1}.c2`);
    const [lastRead, beyondRead] = await textsOf([last, beyond]);
    const want = renderer.content(next).texts.get(last);
    holds(lastRead?.length === 1 && lastRead[0]?.text === want, `row ${n} reads “${lastRead?.[0]?.text}”`);
    holds(beyondRead?.length === 0, `row ${n + 1} still there`);
    const again = await refresh(next, true);
    holds(again.result.plan.changes.length === 0 && again.result.plan.rebuilds.length === 0, "a second refresh still finds changes");
    return `${rows} → ${n} rows, ${syncs} syncs`;
  };
  await run("refresh.rowsAdded", { vi: "Cập nhật bảng khi thêm dòng", en: "Refresh a table gaining rows" }, () => refreshRows(rows + 2));
  await run("refresh.blankMark", { vi: "Ô không có số liệu in dấu trống", en: "A cell without a value prints the blank mark" }, async () => {
    const tag = figureTag(`T1.r${rows + 1}.c6`);
    const [read] = await textsOf([tag]);
    holds(read?.[0]?.text === BLANK_MARK, `reads “${read?.[0]?.text}”`);
    const report = await checkReport(session, renderer, { findTemplate, findAgency });
    holds(report.entries.some((e) => e.issue.code === "ready.blankMark" && e.tag === tag), "the check does not list it");
  });
  await run("refresh.rowsRemoved", { vi: "Cập nhật bảng khi bớt dòng", en: "Refresh a table losing rows" }, () => refreshRows(Math.max(1, rows - 2)));

  // Roll forward to the next period.
  const next: Period = { year: input.period.year, kind: "H1" };
  await run("roll.forward", { vi: "Chuyển sang kỳ sau", en: "Roll forward to the next period" }, async () => {
    const { result, syncs } = await session.measure((s) => rollForward(s, renderer, { next, now, findTemplate, findAgency }));
    holds(result.applied, `not applied${result.refused ? `: ${result.refused.code}` : ""}`);
    holds(syncs <= 3, `${syncs} syncs (budget 3)`);
    return `${syncs} syncs`;
  });
  await run("roll.texts", { vi: "Kỳ mới hiện trong văn bản và thông tin", en: "The new period shows, and is kept" }, async () => {
    const after = await scanDocument(session);
    holds(after.metadata?.period === formatPeriodCode(next), `metadata period ${after.metadata?.period}`);
    const label = after.controls.get(periodTag("label"))?.[0]?.text;
    const before = content.texts.get(periodTag("label"));
    holds(label !== undefined && label !== before, `the period phrase still reads “${label}”`);
    const [number] = await textsOf([headerTag("docNumber")]);
    holds(textRead(number?.[0]?.text ?? "x") === "", `the number reads “${number?.[0]?.text}”`);
  });

  // The other insert paths: a .docx by Body.insertFileFromBase64 (WordApi 1.1), by Document's (WordApi 1.5).
  const fileTags = async (insert: (context: Word.RequestContext, base64: string) => void) => {
    const base64 = await args.toBase64Docx(renderer.report(input));
    await session.run(async (context) => {
      context.document.body.clear();
      context.document.sections.getFirst().getHeader("Primary").clear();
      await context.sync();
      insert(context, base64);
      await context.sync();
    });
    const counts = tagCounts(await scanDocument(session));
    const missing = expectedTags.filter((t) => !counts.has(t));
    holds(missing.length === 0, `${missing.length} tags lost: ${missing.slice(0, 5).join(", ")}`);
  };
  await run("insert.bodyFile", { vi: "Chèn tệp vào thân văn bản, giữ các ô", en: "Body.insertFileFromBase64 keeps the controls" }, () =>
    fileTags((context, base64) => void context.document.body.insertFileFromBase64(base64, "Replace")),
  );
  await run(
    "insert.documentFile",
    { vi: "Chèn cả tệp (kèm đầu trang, đặt trang), giữ các ô", en: "Document.insertFileFromBase64 keeps controls, headers and page" },
    async () => {
      await fileTags((context, base64) => void context.document.insertFileFromBase64(base64, "Replace"));
      const page = await session.run(async (context) => {
        const header = context.document.sections.getFirst().getHeader("Primary").paragraphs.load("items");
        await context.sync();
        return header.items.length;
      });
      holds(page >= 1, "no page header came with the file");
    },
    isSetSupported("WordApi", "1.5") ? undefined : "WordApi 1.5 absent",
  );

  const passed = checks.filter((c) => c.status === "passed").length;
  const failed = checks.filter((c) => c.status === "failed").length;
  return {
    host: {
      ...(args.version ? { version: args.version } : {}),
      ...(args.platform ? { platform: args.platform } : {}),
      sets: supportedSets(isSetSupported),
    },
    checks,
    passed,
    failed,
    skipped: checks.length - passed - failed,
    ok: failed === 0,
  };
}
