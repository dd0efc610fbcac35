import { z } from "zod";
import { FiguresParamsSchema, ImportQuerySchema, ImportResultSchema, XLSX_CONTENT_TYPE } from "../../api/contract";
import { parseFigures } from "../../domain/figures/parseFigures";
import type { Figures } from "../../domain/figures/schema";
import { hasErrors, type Result } from "../../domain/issues/Issue";
import type { Template } from "../../domain/template/types";
import { importWorkbook } from "../../workbook";
import { authorize } from "../auth/authorize";
import { formatEtag, parseIfMatch } from "../etag";
import { defineRoute, type Route } from "../http/Route";
import { HttpProblem } from "../problem/HttpProblem";
import { fromIssues } from "../problem/fromIssues";
import type { ServiceDeps } from "../ServiceDeps";
import type { WriteExpectation } from "../store/WriteExpectation";
import { diffFigures } from "../store/diffFigures";
import { preconditionProblem } from "./preconditionProblem";
import { problemResponses } from "./problemResponses";
import { requireAgency, requireTemplate } from "./lookups";

export const IMPORT_CONTENT_TYPES = ["text/csv", "text/tab-separated-values", "text/plain", XLSX_CONTENT_TYPE] as const;
const TEXT_TYPES = IMPORT_CONTENT_TYPES.slice(0, 3).join(", ");

const empty = (p: { template: string; agency: string; period: string }): Figures => ({ ...p, fields: {}, tables: {} });

/**
 * An upload merged into the stored figures. The server reads the current version itself, so an import
 * without If-Match is safe: if another write lands in between, this one is refused (412), never merged
 * over it. A dry run says what would change and which issues there are, and writes nothing.
 */
export function importRoute(deps: ServiceDeps): Route {
  return defineRoute(
    {
      method: "POST",
      url: "/api/v1/figures/:template/:agency/:period/import",
      operationId: "importFigures",
      summary: "Nhập số liệu từ CSV (khóa/giá trị), một bảng TSV hoặc sổ tính Excel / import a key/value CSV, one table as TSV, or a figures workbook",
      description:
        "format=csv: two columns, the figure's key or label and its value. format=tsv&table=T2: one table. format=xlsx: a figures workbook (.xlsx, as `baocao figures export` writes it or as a division re-arranged it), sent as application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, up to 8 MiB; its tables replace the stored ones, its figures the stored figures. dryRun=true: validate and list the changes, write nothing (a read key is enough).",
      access: "key",
      params: FiguresParamsSchema,
      querystring: ImportQuerySchema,
      headers: { "If-Match": { description: "ETag đã đọc (không bắt buộc) / the ETag read (optional)", required: false } },
      body: { contentTypes: IMPORT_CONTENT_TYPES, schema: z.string(), description: "Nội dung dán hoặc tệp .xlsx / the pasted text or the .xlsx file" },
      responses: {
        200: { description: "Kết quả nhập / what the import did", schema: ImportResultSchema, headers: { ETag: "Phiên bản mới / the new version (when written)" } },
        ...problemResponses(400, 401, 403, 404, 412, 413, 415, 422),
      },
    },
    async ({ params, query, principal, request, reply }) => {
      const template = requireTemplate(deps, params.template);
      const dryRun = query.dryRun === "true";
      const who = authorize(principal, params.agency, dryRun ? "read" : "write");
      // After the key is checked: an agency that does not exist answers as one the key may not see (403), never 404.
      await requireAgency(deps, params.agency);
      const current = await deps.store.getFigures(params);
      const base = current?.figures ?? empty(params);
      let read: Result<Figures>;
      if (query.format === "xlsx") {
        if (!Buffer.isBuffer(request.body)) throw new HttpProblem("unsupported-media-type", { detail: `format=xlsx: gửi tệp .xlsx dạng ${XLSX_CONTENT_TYPE}.` });
        read = await workbookImport(new Uint8Array(request.body), base, template);
      } else {
        if (typeof request.body !== "string") throw new HttpProblem("unsupported-media-type", { detail: `Gửi nội dung dạng ${TEXT_TYPES}.` });
        if (query.format === "tsv" && query.table === undefined) {
          throw new HttpProblem("invalid-request", { detail: "format=tsv cần tham số table (ví dụ table=T2).", issues: [{ code: "request.required", path: ["querystring", "table"] }] });
        }
        read = deps.importer({ text: request.body, format: query.format, table: query.table, base, template });
      }
      const checked = read.value ? parseFigures(read.value, template) : undefined;
      const issues = fromIssues([...read.issues, ...(checked?.issues ?? [])], template);
      const next = checked?.value;
      if (!next || hasErrors([...read.issues, ...(checked?.issues ?? [])])) {
        if (dryRun) return { dryRun, written: false, issues, changes: [] };
        throw new HttpProblem("invalid-figures", { detail: "Dữ liệu nhập có lỗi; không có gì được ghi.", issues });
      }
      if (dryRun) return { dryRun, written: false, issues, changes: diffFigures(current?.figures, next), figures: next };
      const expect: WriteExpectation =
        request.headers["if-match"] !== undefined ? parseIfMatch(request.headers["if-match"]) : current ? { kind: "versions", versions: [current.version] } : { kind: "none" };
      const outcome = await deps.store.writeFigures({ ...params, figures: next, expect, actor: who.actor, via: "import", at: deps.now().toISOString() });
      if (outcome.kind === "exists") throw preconditionProblem({ kind: "stale", version: outcome.version });
      if (outcome.kind !== "written") throw preconditionProblem(outcome);
      reply.header("etag", formatEtag(outcome.version));
      return { dryRun, written: true, version: outcome.version, issues, changes: outcome.changes, figures: next };
    },
  );
}

/**
 * A figures workbook merged into the stored figures: the tables it holds replace the stored ones, its figures
 * the stored figures of the same key, its data window and as-of date the stored ones. The workbook must be
 * for the URL's agency and period (its cover says which). Nothing is merged while it has an error.
 */
async function workbookImport(bytes: Uint8Array, base: Figures, template: Template): Promise<Result<Figures>> {
  const read = await importWorkbook(bytes, { template, agency: base.agency, period: base.period, fileName: "tệp tải lên", source: "Excel" });
  if (!read.figures) return { value: undefined, issues: read.issues };
  const got = read.figures;
  const merged: Figures = {
    ...base,
    ...(got.dataWindow ? { dataWindow: got.dataWindow } : {}),
    ...(got.asOfDate ? { asOfDate: got.asOfDate } : {}),
    fields: { ...base.fields, ...got.fields },
    tables: { ...base.tables, ...got.tables },
  };
  return { value: merged, issues: read.issues };
}
