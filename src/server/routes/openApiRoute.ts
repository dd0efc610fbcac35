import { z } from "zod";
import { defineRoute, type Route } from "../http/Route";
import type { OpenApiDocument } from "../openapi/buildOpenApi";

/** Serves the document built once from the routes; public, so a client generator needs no key. */
export function openApiRoute(document: () => OpenApiDocument): Route {
  return defineRoute(
    {
      method: "GET",
      url: "/api/v1/openapi.json",
      operationId: "openApi",
      summary: "Mô tả OpenAPI của dịch vụ / this document",
      access: "public",
      responses: { 200: { description: "OpenAPI 3.1", schema: z.object({ openapi: z.string() }).loose() } },
    },
    async () => document(),
  );
}
