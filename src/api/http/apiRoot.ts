/**
 * Where API v1 lives under a service address the clerk typed: the service itself
 * ("http://127.0.0.1:3001"), or its `/api` behind the add-in's proxy ("/api", "https://host/api").
 *
 * @example
 * apiRoot("http://127.0.0.1:3001/") // "http://127.0.0.1:3001/api/v1"
 * apiRoot("/api")                   // "/api/v1"
 * apiRoot("https://host/api/v1")    // "https://host/api/v1"
 */
export function apiRoot(baseUrl: string): string {
  const base = baseUrl.trim().replace(/\/+$/, "");
  if (/\/api\/v1$/.test(base)) return base;
  if (/(^|\/)api$/.test(base)) return `${base}/v1`;
  return `${base}/api/v1`;
}
