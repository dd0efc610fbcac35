import { createReadStream, existsSync, realpathSync, statSync } from "node:fs";
import { extname, join, normalize, sep } from "node:path";
import type { FastifyInstance } from "fastify";

const TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
};

/**
 * Serves the built pane (`npm run build`'s dist/: taskpane.html, help.html, assets, manifest.xml) from the
 * service's own origin, so that the pane, its help and the figures API need one address and one certificate.
 * Only files inside the folder are served (no listing, no dot-files); anything else is a 404. HTML is never
 * cached (a new version reaches the clerks at once); hashed assets may be.
 */
export function registerStaticFiles(app: FastifyInstance, folder: string, basePath = ""): void {
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    throw new Error(`Không có thư mục “${folder}” (npm run build tạo dist/) / no folder “${folder}” (npm run build makes dist/).`);
  }
  const base = realpathSync(folder) + sep;
  // The folder's address without its "/": relative links of taskpane.html resolve from "/base/", not from "/".
  if (basePath !== "") app.get(basePath, async (_request, reply) => reply.redirect(`${basePath}/`, 301));
  app.get(`${basePath}/*`, async (request, reply) => {
    const raw = (request.params as { "*"?: string })["*"] ?? "";
    let path: string;
    try {
      path = decodeURIComponent(raw);
    } catch {
      return reply.code(400).type("text/plain; charset=utf-8").send("Địa chỉ không hợp lệ / bad address");
    }
    const file = normalize(join(base, path === "" ? "taskpane.html" : path));
    const hidden = path.split("/").some((segment) => segment.startsWith("."));
    if (hidden || !file.startsWith(base) || !existsSync(file) || !statSync(file).isFile() || !realpathSync(file).startsWith(base)) {
      return reply.code(404).type("text/plain; charset=utf-8").send("Không tìm thấy / not found");
    }
    const type = TYPES[extname(file)] ?? "application/octet-stream";
    reply.type(type).header("cache-control", type.startsWith("text/html") || file.endsWith(".xml") ? "no-cache" : "public, max-age=3600");
    return reply.send(createReadStream(file));
  });
}
