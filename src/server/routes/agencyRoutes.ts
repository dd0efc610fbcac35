import { AgencyListSchema, AgencyParamsSchema, AgencySchema, PeriodListSchema } from "../../api/contract";
import { authorize } from "../auth/authorize";
import { defineRoute, type Route } from "../http/Route";
import { HttpProblem } from "../problem/HttpProblem";
import type { ServiceDeps } from "../ServiceDeps";
import { problemResponses } from "./problemResponses";
import { requireAgency } from "./lookups";

/** Agencies and their periods. A key sees its own agency only. */
export function agencyRoutes(deps: ServiceDeps): Route[] {
  return [
    defineRoute(
      {
        method: "GET",
        url: "/api/v1/agencies",
        operationId: "listAgencies",
        summary: "Danh sách cơ quan mà khóa được xem / agencies the key may see",
        access: "key",
        responses: { 200: { description: "Cơ quan / agencies", schema: AgencyListSchema }, ...problemResponses(401) },
      },
      async ({ principal }) => {
        const all = await deps.store.listAgencies();
        return { agencies: all.filter((a) => a.id === principal?.agency) };
      },
    ),
    defineRoute(
      {
        method: "GET",
        url: "/api/v1/agencies/:agency",
        operationId: "getAgency",
        summary: "Một cơ quan / one agency",
        access: "key",
        params: AgencyParamsSchema,
        responses: { 200: { description: "Cơ quan / the agency", schema: AgencySchema }, ...problemResponses(400, 401, 403, 404) },
      },
      async ({ params, principal }) => {
        const agency = await deps.store.getAgency(params.agency);
        if (!agency) throw new HttpProblem("unknown-agency", { detail: `Không có cơ quan “${params.agency}”.` });
        authorize(principal, params.agency, "read");
        return agency;
      },
    ),
    defineRoute(
      {
        method: "GET",
        url: "/api/v1/agencies/:agency/periods",
        operationId: "listPeriods",
        summary: "Các kỳ báo cáo của cơ quan và mẫu có số liệu / an agency's periods, with the templates that have figures",
        access: "key",
        params: AgencyParamsSchema,
        responses: { 200: { description: "Kỳ báo cáo / periods", schema: PeriodListSchema }, ...problemResponses(400, 401, 403, 404) },
      },
      async ({ params, principal }) => {
        authorize(principal, params.agency, "read");
        // After the key is checked: an agency that does not exist answers as one the key may not see (403), never 404.
        await requireAgency(deps, params.agency);
        return { agency: params.agency, periods: await deps.store.listPeriods(params.agency) };
      },
    ),
  ];
}
