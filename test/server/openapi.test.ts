import { call } from "./support/http";
import { storeFactories } from "./support/storeFactories";
import { startTestService, type TestService } from "./support/startTestService";

type Operation = { operationId: string; parameters: { name: string; in: string; required: boolean; schema: { pattern?: string } }[]; responses: Record<string, unknown> };
type Doc = { openapi: string; paths: Record<string, Record<string, Operation>> };

describe("the OpenAPI document", () => {
  let service: TestService;
  let doc: Doc;
  beforeAll(async () => {
    service = await startTestService(storeFactories()[0]!);
    doc = (await call(service.url, "/api/v1/openapi.json")).body as Doc;
  });
  afterAll(() => service.close());

  const operations = () => Object.entries(doc.paths).flatMap(([path, methods]) => Object.entries(methods).map(([method, op]) => ({ path, method, op })));

  it("is OpenAPI 3.1 and lists every operation of API v1", () => {
    expect(doc.openapi).toBe("3.1.0");
    expect(operations().map((o) => `${o.method.toUpperCase()} ${o.path}`)).toEqual([
      "GET /api/v1/health",
      "GET /api/v1/ready",
      "GET /api/v1/openapi.json",
      "GET /api/v1/agencies",
      "GET /api/v1/agencies/{agency}",
      "GET /api/v1/agencies/{agency}/periods",
      "GET /api/v1/figures/{template}/{agency}/{period}",
      "PUT /api/v1/figures/{template}/{agency}/{period}",
      "POST /api/v1/figures/{template}/{agency}/{period}/import",
      "GET /api/v1/figures/{template}/{agency}/{period}/history",
    ]);
  });

  it("describes only routes the service really has", () => {
    for (const { path, method } of operations()) {
      expect(service.app.hasRoute({ method: method.toUpperCase() as "GET", url: path.replace(/\{(\w+)\}/g, ":$1") })).toBe(true);
    }
  });

  it("documents every path parameter with the pattern the service enforces", () => {
    for (const { path, op } of operations()) {
      const names = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      expect(op.parameters.filter((p) => p.in === "path").map((p) => p.name)).toEqual(names);
    }
    const put = doc.paths["/api/v1/figures/{template}/{agency}/{period}"]?.put;
    expect(put?.parameters.find((p) => p.name === "period")?.schema.pattern).toBe("^\\d{4}-(Q1|H1|M9|Y)$");
    expect(put?.parameters.find((p) => p.name === "agency")?.schema.pattern).toBe("^[a-z0-9-]{1,64}$");
    expect(Object.keys(put?.responses ?? {})).toEqual(["200", "201", "400", "401", "403", "404", "412", "413", "415", "422", "428", "500"]);
  });

  it("documents the import query", () => {
    const post = doc.paths["/api/v1/figures/{template}/{agency}/{period}/import"]?.post;
    expect(post?.parameters.filter((p) => p.in === "query").map((p) => [p.name, p.required])).toEqual([
      ["format", true],
      ["table", false],
      ["dryRun", false],
    ]);
  });
});
