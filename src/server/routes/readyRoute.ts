import { z } from "zod";
import { defineRoute, type Route } from "../http/Route";
import { HttpProblem } from "../problem/HttpProblem";
import type { ServiceDeps } from "../ServiceDeps";
import { problemResponses } from "./problemResponses";

export const ReadySchema = z.object({ status: z.literal("ready"), database: z.enum(["sqlite", "postgres"]) }).strict();

/**
 * For a load balancer or an orchestrator: unlike `/health` (the process answers), ready means the database
 * answers a query on the service's schema too; otherwise 503, so that traffic goes elsewhere until it does.
 */
export function readyRoute(deps: ServiceDeps): Route {
  return defineRoute(
    {
      method: "GET",
      url: "/api/v1/ready",
      operationId: "ready",
      summary: "Dịch vụ và cơ sở dữ liệu sẵn sàng / the service and its database answer",
      access: "public",
      responses: { 200: { description: "OK", schema: ReadySchema }, ...problemResponses(503) },
    },
    async ({ request, reply }) => {
      try {
        await deps.store.ping();
      } catch (error) {
        request.log.warn({ err: error, database: deps.store.kind }, "database not ready");
        throw new HttpProblem("unavailable", { detail: `Cơ sở dữ liệu (${deps.store.kind}) không trả lời / the database does not answer.`, headers: { "retry-after": "5" } });
      }
      reply.header("cache-control", "no-store");
      return { status: "ready" as const, database: deps.store.kind };
    },
  );
}
