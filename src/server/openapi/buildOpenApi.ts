import { z } from "zod";
import type { Route } from "../http/Route";
import { jsonSchemaOf } from "./jsonSchemaOf";

export type OpenApiDocument = Record<string, unknown> & { readonly openapi: string; readonly paths: Record<string, Record<string, unknown>> };

const toOpenApiPath = (url: string): string => url.replace(/:([A-Za-z0-9_]+)/g, "{$1}");

/** The parameters of one request part, one per property of its zod object schema. */
function parametersOf(schema: z.core.$ZodType | undefined, where: "path" | "query"): Record<string, unknown>[] {
  // Any zod object, classic or zod/mini (the contract's schemas are zod/mini: the pane shares them).
  if (!(schema instanceof z.core.$ZodObject)) return [];
  return Object.entries(schema._zod.def.shape).map(([name, field]) => ({
    name,
    in: where,
    required: where === "path" || !z.safeParse(field, undefined).success,
    schema: jsonSchemaOf(field, "input"),
  }));
}

function operationOf(route: Route): Record<string, unknown> {
  const headers = Object.entries(route.headers ?? {}).map(([name, h]) => ({ name, in: "header", required: h.required, description: h.description, schema: { type: "string" } }));
  const responses = Object.fromEntries(
    Object.entries(route.responses).map(([status, r]) => [
      status,
      {
        description: r.description,
        ...(r.headers ? { headers: Object.fromEntries(Object.entries(r.headers).map(([h, d]) => [h, { description: d, schema: { type: "string" } }])) } : {}),
        ...(r.schema ? { content: { [r.contentType ?? "application/json"]: { schema: jsonSchemaOf(r.schema, "output") } } } : {}),
      },
    ]),
  );
  return {
    operationId: route.operationId,
    summary: route.summary,
    ...(route.description ? { description: route.description } : {}),
    ...(route.access === "key" ? { security: [{ bearer: [] }, { apiKeyHeader: [] }] } : { security: [] }),
    parameters: [...parametersOf(route.params, "path"), ...parametersOf(route.querystring, "query"), ...headers],
    ...(route.body
      ? {
          requestBody: {
            required: true,
            description: route.body.description,
            content: Object.fromEntries(route.body.contentTypes.map((t) => [t, { schema: jsonSchemaOf(route.body!.schema, "input") }])),
          },
        }
      : {}),
    responses,
  };
}

/**
 * The OpenAPI 3.1 document of the service, made from the very route definitions fastify serves — the
 * same zod schemas validate the requests — so the description cannot drift from the behaviour.
 */
export function buildOpenApi(routes: readonly Route[], info: { readonly version: string; readonly basePath?: string }): OpenApiDocument {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const path = toOpenApiPath(route.url);
    paths[path] = { ...paths[path], [route.method.toLowerCase()]: operationOf(route) };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "baocao — dịch vụ số liệu báo cáo CCHC (figures service)",
      version: info.version,
      description: "Số liệu báo cáo cải cách hành chính định kỳ theo cơ quan và kỳ báo cáo. Errors are application/problem+json with a Vietnamese title.",
    },
    servers: [{ url: `${info.basePath ?? ""}/` }],
    components: {
      securitySchemes: {
        bearer: { type: "http", scheme: "bearer", description: "Khóa API của cơ quan / the agency's API key" },
        apiKeyHeader: { type: "apiKey", in: "header", name: "X-Api-Key" },
      },
    },
    paths,
  };
}
