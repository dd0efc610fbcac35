import { z } from "zod";
import { defineRoute, type Route } from "../http/Route";

export const HealthSchema = z.object({ status: z.literal("ok") }).strict();

/** For a load balancer, and for `startServer` callers that wait until the service answers. */
export function healthRoute(): Route {
  return defineRoute(
    {
      method: "GET",
      url: "/api/v1/health",
      operationId: "health",
      summary: "Dịch vụ đang chạy / the service is up",
      access: "public",
      responses: { 200: { description: "OK", schema: HealthSchema } },
    },
    async () => ({ status: "ok" as const }),
  );
}
