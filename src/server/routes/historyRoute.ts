import { FiguresParamsSchema, HistoryQuerySchema, HistorySchema } from "../../api/contract";
import { authorize } from "../auth/authorize";
import { defineRoute, type Route } from "../http/Route";
import type { ServiceDeps } from "../ServiceDeps";
import { problemResponses } from "./problemResponses";
import { requireAgency, requirePeriod, requireTemplate } from "./lookups";

/** Who changed a figure, when, from what to what: written by every PUT and import with the figures. */
export function historyRoute(deps: ServiceDeps): Route {
  return defineRoute(
    {
      method: "GET",
      url: "/api/v1/figures/:template/:agency/:period/history",
      operationId: "figureHistory",
      summary: "Lịch sử thay đổi của một chỉ tiêu / the history of one figure",
      description: 'key: a field key ("II.2.2.1.onTimeRatePct") or a table cell ("T2[0].c3"); without it, every change of the record.',
      access: "key",
      params: FiguresParamsSchema,
      querystring: HistoryQuerySchema,
      responses: { 200: { description: "Lịch sử / history, oldest first", schema: HistorySchema }, ...problemResponses(400, 401, 403, 404) },
    },
    async ({ params, query, principal }) => {
      requireTemplate(deps, params.template);
      authorize(principal, params.agency, "read");
      // After the key is checked: an agency that does not exist answers as one the key may not see (403), never 404.
      await requireAgency(deps, params.agency);
      await requirePeriod(deps, params.agency, params.period);
      const entries = await deps.store.history({ ...params, ...(query.key === undefined ? {} : { figure: query.key }) });
      return { ...params, ...(query.key === undefined ? {} : { key: query.key }), entries };
    },
  );
}
