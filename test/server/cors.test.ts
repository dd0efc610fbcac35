import { eachStore } from "./support/storeFactories";
import { ORIGIN, Q1_PATH, startTestService, type TestService } from "./support/startTestService";

eachStore("CORS ($name)", (factory) => {
  let service: TestService;
  beforeAll(async () => {
    service = await startTestService(factory);
  });
  afterAll(() => service.close());

  const get = (origin: string) => fetch(`${service.url}${Q1_PATH}`, { headers: { origin, authorization: `Bearer ${service.keys.read}` } });
  const preflight = (origin: string) =>
    fetch(`${service.url}${Q1_PATH}`, {
      method: "OPTIONS",
      headers: { origin, "access-control-request-method": "PUT", "access-control-request-headers": "authorization, if-match, content-type" },
    });

  it("echoes the add-in's origin and exposes the ETag", async () => {
    const response = await get(ORIGIN);
    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-origin")).toBe(ORIGIN);
    expect(response.headers.get("access-control-expose-headers")).toContain("ETag");
  });

  it("lets the add-in's origin send a PUT with If-Match (preflight)", async () => {
    const response = await preflight(ORIGIN);
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBe(ORIGIN);
    expect(response.headers.get("access-control-allow-methods")).toContain("PUT");
    expect(response.headers.get("access-control-allow-headers")?.toLowerCase()).toContain("if-match");
  });

  it.each(["https://evil.example", "http://localhost:3000", "https://localhost:3000.evil.example", "null"])(
    "does not allow the origin %s",
    async (origin) => {
      expect((await get(origin)).headers.get("access-control-allow-origin")).toBeNull();
      expect((await preflight(origin)).headers.get("access-control-allow-origin")).toBeNull();
    },
  );

  it("keeps CORS headers on errors, so the add-in can read the problem", async () => {
    const response = await fetch(`${service.url}${Q1_PATH}`, { headers: { origin: ORIGIN } });
    expect(response.status).toBe(401);
    expect(response.headers.get("access-control-allow-origin")).toBe(ORIGIN);
  });
});
