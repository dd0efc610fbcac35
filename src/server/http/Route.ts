import type { FastifyReply, FastifyRequest } from "fastify";
import type { z } from "zod";
import type { Principal } from "../auth/Principal";

export type HttpMethod = "GET" | "PUT" | "POST";

/** A response as the OpenAPI document describes it. */
export type ResponseDoc = {
  readonly description: string;
  readonly schema?: z.core.$ZodType;
  /** Defaults to application/json; problems are application/problem+json. */
  readonly contentType?: string;
  readonly headers?: Readonly<Record<string, string>>;
};

/** What a route is, for fastify and for the OpenAPI document alike. */
export type RouteDoc = {
  readonly method: HttpMethod;
  /** fastify's form: /api/v1/agencies/:agency */
  readonly url: string;
  readonly operationId: string;
  readonly summary: string;
  readonly description?: string;
  /** `key`: any valid API key; the handler checks the agency and scope it needs. */
  readonly access: "public" | "key";
  readonly params?: z.core.$ZodType;
  readonly querystring?: z.core.$ZodType;
  readonly headers?: Readonly<Record<string, { readonly description: string; readonly required: boolean }>>;
  readonly body?: { readonly contentTypes: readonly string[]; readonly schema: z.core.$ZodType; readonly description: string };
  readonly responses: Readonly<Record<number, ResponseDoc>>;
};

export type RouteContext<P, Q> = {
  readonly request: FastifyRequest;
  readonly reply: FastifyReply;
  readonly params: P;
  readonly query: Q;
  /** Present on `access: "key"` routes. */
  readonly principal: Principal | undefined;
};

/** A route with its handler, types erased so that routes of every shape fit one list. */
export type Route = RouteDoc & { readonly handle: (context: RouteContext<unknown, unknown>) => Promise<unknown> };

/**
 * A route whose handler sees its params and query as their schemas' outputs (fastify has validated them
 * with `zodValidatorCompiler` before the handler runs).
 */
export function defineRoute<P extends z.core.$ZodType = z.core.$ZodType<undefined>, Q extends z.core.$ZodType = z.core.$ZodType<undefined>>(
  doc: RouteDoc & { readonly params?: P; readonly querystring?: Q },
  handle: (context: RouteContext<z.output<P>, z.output<Q>>) => Promise<unknown>,
): Route {
  return { ...doc, handle: (context) => handle(context as RouteContext<z.output<P>, z.output<Q>>) };
}
