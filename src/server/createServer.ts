import cors from "@fastify/cors";
import Fastify, { type FastifyInstance, type FastifyRequest } from "fastify";
import { PROBLEM_CONTENT_TYPE, XLSX_CONTENT_TYPE } from "../api/contract";
import { authenticate } from "./auth/authenticate";
import type { Principal } from "./auth/Principal";
import type { Route } from "./http/Route";
import { zodValidatorCompiler } from "./http/zodValidatorCompiler";
import { pasteImporter } from "./importing/pasteImporter";
import { buildOpenApi, type OpenApiDocument } from "./openapi/buildOpenApi";
import { HttpProblem } from "./problem/HttpProblem";
import { toProblem } from "./problem/toProblem";
import { agencyRoutes } from "./routes/agencyRoutes";
import { figuresRoutes } from "./routes/figuresRoutes";
import { healthRoute } from "./routes/healthRoute";
import { historyRoute } from "./routes/historyRoute";
import { importRoute } from "./routes/importRoute";
import { openApiRoute } from "./routes/openApiRoute";
import { readyRoute } from "./routes/readyRoute";
import { checkBasePath, DEFAULT_BODY_LIMIT, DEFAULT_ORIGINS, DEFAULT_WORKBOOK_LIMIT, type CreateServerOptions } from "./ServerOptions";
import type { ServiceDeps } from "./ServiceDeps";

const SERVICE_VERSION = "1.0.0";

/** Every route of API v1, in the order the OpenAPI document lists them. */
export function allRoutes(deps: ServiceDeps, document: () => OpenApiDocument): Route[] {
  return [healthRoute(), readyRoute(deps), openApiRoute(document), ...agencyRoutes(deps), ...figuresRoutes(deps), importRoute(deps), historyRoute(deps)];
}

/**
 * The figures service as a fastify instance, not listening yet: tests call `listen({ port: 0 })` on it,
 * `startServer` does the rest. Every error leaves as application/problem+json, never with a stack.
 */
export function createServer(options: CreateServerOptions): FastifyInstance {
  const deps: ServiceDeps = {
    store: options.store,
    findTemplate: (id) => options.templates.find((t) => t.id === id),
    importer: options.importer ?? pasteImporter,
    now: options.now ?? (() => new Date()),
  };
  const app = Fastify({
    logger: typeof options.logger === "object" ? { stream: options.logger.stream } : (options.logger ?? false),
    bodyLimit: options.bodyLimit ?? DEFAULT_BODY_LIMIT,
    trustProxy: options.trustProxy ?? false,
    ...(options.https ? { https: { cert: options.https.cert, key: options.https.key } } : {}),
  }) as unknown as FastifyInstance;
  app.setValidatorCompiler(zodValidatorCompiler);
  // JSON bodies: fastify's own parser answers a `__proto__` key as "not valid JSON"; ours names the key.
  app.removeContentTypeParser("application/json");
  app.addContentTypeParser("application/json", { parseAs: "string" }, (_request, body, done) => {
    try {
      done(null, parseJsonBody(String(body)));
    } catch (error) {
      done(error as Error, undefined);
    }
  });
  app.addContentTypeParser(["text/csv", "text/tab-separated-values"], { parseAs: "string" }, (_request, body, done) => done(null, body));
  app.addContentTypeParser(XLSX_CONTENT_TYPE, { parseAs: "buffer", bodyLimit: options.workbookLimit ?? DEFAULT_WORKBOOK_LIMIT }, (_request, body, done) =>
    done(null, body),
  );

  app.setErrorHandler((error, request, reply) => {
    const { problem, headers, unexpected } = toProblem(error);
    if (unexpected) request.log.error({ err: error }, "unexpected error");
    return reply.code(problem.status).headers(headers).header("cache-control", "no-store").type(PROBLEM_CONTENT_TYPE).send(problem);
  });
  app.setNotFoundHandler((request) => {
    throw new HttpProblem("not-found", { detail: `Không có ${request.method} ${request.url.split("?")[0]}.` });
  });
  app.addHook("onSend", async (_request, reply) => {
    reply.header("x-content-type-options", "nosniff");
  });

  app.register(cors, {
    origin: [...(options.origins ?? DEFAULT_ORIGINS)],
    methods: ["GET", "PUT", "POST"],
    allowedHeaders: ["Authorization", "X-Api-Key", "If-Match", "Content-Type"],
    exposedHeaders: ["ETag", "Last-Modified", "WWW-Authenticate"],
    maxAge: 600,
  });

  const principals = new WeakMap<FastifyRequest, Principal>();
  let document: OpenApiDocument | undefined;
  const basePath = checkBasePath(options.basePath ?? "");
  const routes = allRoutes(deps, () => (document ??= buildOpenApi(routes, { version: SERVICE_VERSION, basePath })));
  app.register(async (scope) => {
    for (const route of routes) {
      scope.route({
        method: route.method,
        url: route.url,
        schema: { ...(route.params ? { params: route.params } : {}), ...(route.querystring ? { querystring: route.querystring } : {}) },
        ...(route.access === "key"
          ? {
              onRequest: async (request: FastifyRequest) => {
                principals.set(request, await authenticate(deps.store, request.headers));
              },
            }
          : {}),
        handler: (request, reply) => route.handle({ request, reply, params: request.params, query: request.query, principal: principals.get(request) }),
      });
    }
  }, { prefix: basePath });
  return app;
}

/**
 * A JSON body, refusing `__proto__` (which a later assignment could turn into a prototype) with the key named;
 * an empty or malformed body is "not valid JSON".
 */
function parseJsonBody(text: string): unknown {
  if (text.trim() === "") throw new HttpProblem("invalid-json", { detail: "Nội dung gửi lên trống." });
  let poisoned = false;
  let value: unknown;
  try {
    value = JSON.parse(text, (key, inner: unknown) => {
      if (key === "__proto__") poisoned = true;
      return inner;
    });
  } catch {
    throw new HttpProblem("invalid-json", { detail: "The body is not valid JSON." });
  }
  if (poisoned)
    throw new HttpProblem("invalid-request", { detail: "Nội dung gửi lên có khóa “__proto__”, không được dùng." });
  return value;
}
