import { z } from "zod";

/**
 * A zod schema as the JSON Schema (2020-12, as OpenAPI 3.1 uses) of what a client sends or receives;
 * the `$schema` keyword is dropped, OpenAPI says which dialect it is.
 */
export function jsonSchemaOf(schema: z.core.$ZodType, io: "input" | "output"): Record<string, unknown> {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: "any" }) as Record<string, unknown>;
  return rest;
}
