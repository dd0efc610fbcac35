import { FiguresParamsSchema, type ProblemIssue } from "../../api/contract";
import { parseFigures } from "../../domain/figures/parseFigures";
import { FiguresSchema, type Figures } from "../../domain/figures/schema";
import { authorize } from "../auth/authorize";
import { formatEtag, parseIfMatch } from "../etag";
import { defineRoute, type Route } from "../http/Route";
import { HttpProblem } from "../problem/HttpProblem";
import { fromIssues } from "../problem/fromIssues";
import type { ServiceDeps } from "../ServiceDeps";
import { preconditionProblem } from "./preconditionProblem";
import { problemResponses } from "./problemResponses";
import { requireAgency, requirePeriod, requireTemplate } from "./lookups";

const URL = "/api/v1/figures/:template/:agency/:period";
const ETAG_HEADER = { ETag: "Phiên bản của bản ghi / the record's version, for If-Match" };

/** The record's address must agree with the figures it receives: a dataset never lands under another agency. */
function addressIssues(figures: Figures, params: { agency: string; period: string }): ProblemIssue[] {
  const issues: ProblemIssue[] = [];
  if (figures.agency !== params.agency) issues.push({ code: "request.agencyMismatch", path: ["agency"], params: { expected: params.agency, actual: figures.agency } });
  if (figures.period !== params.period) issues.push({ code: "request.periodMismatch", path: ["period"], params: { expected: params.period, actual: figures.period } });
  return issues;
}

/** Read and write one dataset, with optimistic concurrency: ETag out, If-Match in. */
export function figuresRoutes(deps: ServiceDeps): Route[] {
  return [
    defineRoute(
      {
        method: "GET",
        url: URL,
        operationId: "getFigures",
        summary: "Số liệu của một cơ quan trong một kỳ / the figures of one agency for one period",
        access: "key",
        params: FiguresParamsSchema,
        responses: { 200: { description: "Số liệu / figures", schema: FiguresSchema, headers: ETAG_HEADER }, ...problemResponses(400, 401, 403, 404) },
      },
      async ({ params, principal, reply }) => {
        requireTemplate(deps, params.template);
        authorize(principal, params.agency, "read");
        // After the key is checked: an agency that does not exist answers as one the key may not see (403), never 404.
        await requireAgency(deps, params.agency);
        const stored = await deps.store.getFigures(params);
        if (!stored) {
          await requirePeriod(deps, params.agency, params.period);
          throw new HttpProblem("no-figures", { detail: `Chưa có số liệu ${params.period} của “${params.agency}” theo mẫu “${params.template}”.` });
        }
        reply.header("etag", formatEtag(stored.version)).header("last-modified", new Date(stored.updatedAt).toUTCString()).header("cache-control", "private, no-cache");
        return reply.type("application/json; charset=utf-8").send(stored.body);
      },
    ),
    defineRoute(
      {
        method: "PUT",
        url: URL,
        operationId: "putFigures",
        summary: "Ghi số liệu (cần If-Match khi đã có) / write the figures (If-Match required over an existing record)",
        description:
          "Without If-Match the PUT may only create the record (428 when it exists); with If-Match it must name the current ETag (412 otherwise). " +
          "The body is validated against the template; every issue is returned at once (422). Each changed figure is written to the history in the same transaction.",
        access: "key",
        params: FiguresParamsSchema,
        headers: { "If-Match": { description: 'ETag đã đọc / the ETag read, e.g. "v3"; "*" for any existing version', required: false } },
        body: { contentTypes: ["application/json"], schema: FiguresSchema, description: "Số liệu / the whole dataset" },
        responses: {
          200: { description: "Đã ghi / written", schema: FiguresSchema, headers: ETAG_HEADER },
          201: { description: "Đã tạo / created", schema: FiguresSchema, headers: ETAG_HEADER },
          ...problemResponses(400, 401, 403, 404, 412, 413, 415, 422, 428),
        },
      },
      async ({ params, principal, request, reply }) => {
        const template = requireTemplate(deps, params.template);
        const who = authorize(principal, params.agency, "write");
        // After the key is checked: an agency that does not exist answers as one the key may not see (403), never 404.
        await requireAgency(deps, params.agency);
        // fastify reads text/plain as a string: the figures are JSON, anything else is the wrong media type.
        if (!/^application\/(?:[\w.+-]+\+)?json\b/i.test(request.headers["content-type"] ?? ""))
          throw new HttpProblem("unsupported-media-type", { detail: "Gửi số liệu dạng application/json." });
        const { value, issues } = parseFigures(request.body, template);
        const problems = value ? addressIssues(value, params) : fromIssues(issues, template);
        if (!value || problems.length > 0) throw new HttpProblem("invalid-figures", { detail: "Số liệu gửi lên có lỗi; xem danh sách issues.", issues: problems });
        const outcome = await deps.store.writeFigures({
          ...params,
          figures: value,
          expect: parseIfMatch(request.headers["if-match"]),
          actor: who.actor,
          via: "put",
          at: deps.now().toISOString(),
        });
        if (outcome.kind !== "written") throw preconditionProblem(outcome);
        reply.code(outcome.created ? 201 : 200).header("etag", formatEtag(outcome.version));
        return value;
      },
    ),
  ];
}
