import type { Template } from "../domain/template/types";
import type { Importer } from "./importing/Importer";
import type { FiguresStore } from "./store/FiguresStore";

/** The add-in's origin in development (`npm start`). */
export const DEFAULT_ORIGINS: readonly string[] = ["https://localhost:3000"];

/** 256 KiB: a whole report's figures are ~20 KiB; anything far larger is a mistake or an attack. */
export const DEFAULT_BODY_LIMIT = 256 * 1024;

/**
 * 8 MiB for an uploaded figures workbook: the exported Quý I/2021 workbook is ~40 KiB and 5,000 rows of T2
 * ~250 KiB; the reader refuses anything over 100,000 rows per sheet in any case.
 */
export const DEFAULT_WORKBOOK_LIMIT = 8 * 1024 * 1024;

export type CreateServerOptions = {
  readonly store: FiguresStore;
  /** The templates whose figures the service accepts; any other template id is a 404. */
  readonly templates: readonly Template[];
  /** Origins allowed by CORS: the add-in's. */
  readonly origins?: readonly string[];
  readonly bodyLimit?: number;
  /** The body limit of an .xlsx upload (`format=xlsx`). */
  readonly workbookLimit?: number;
  /** Reads uploads; defaults to the add-in's paste reader. */
  readonly importer?: Importer;
  readonly now?: () => Date;
  /**
   * fastify's logger (pino): off by default (tests), on for `serve`: one JSON line per event on stdout (or on
   * the `stream` given), each request with its id, method, URL, status and time — never its headers, so never a key.
   */
  readonly logger?: boolean | { readonly stream: { write(line: string): void } };
  /** TLS for serving the pane itself over https (PEM texts). */
  readonly https?: { readonly cert: string | Buffer; readonly key: string | Buffer };
  /**
   * Behind a reverse proxy that forwards one path of its host (`https://host/baocao/…`): every route, the API and
   * the static files alike, lives under it (`/baocao/api/v1/…`); nothing answers outside it. "" or absent: the root.
   * Checked by `checkBasePath`.
   */
  readonly basePath?: string;
  /** Behind a reverse proxy: trust its X-Forwarded-* headers (fastify's trustProxy). */
  readonly trustProxy?: boolean;
};

/**
 * A base path as the service uses it: "" for the root, else "/" and segments of letters, digits, ".", "_", "-",
 * without a trailing "/" ("/baocao/" → "/baocao"). Anything else (a URL, "..", spaces) is refused with the reason.
 */
export function checkBasePath(value: string): string {
  const trimmed = value.trim().replace(/\/+$/, "");
  if (trimmed === "") return "";
  const segments = trimmed.split("/").slice(1);
  if (!trimmed.startsWith("/") || segments.some((s) => !/^[A-Za-z0-9._-]+$/.test(s) || s === "." || s === "..")) {
    throw new Error(
      `Đường dẫn gốc “${value}” không hợp lệ: phải bắt đầu bằng “/” và chỉ gồm chữ, số, “.”, “_”, “-” (ví dụ /baocao) / ` +
        `invalid base path: it starts with “/” and has letters, digits, “.”, “_”, “-” only (e.g. /baocao).`,
    );
  }
  return trimmed;
}
