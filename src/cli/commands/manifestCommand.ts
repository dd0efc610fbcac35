import { cliWords } from "../cliWords";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { DOMParser, XMLSerializer } from "@xmldom/xmldom";
import { readArgs } from "../args";
import { ExitCode, UserError, type CliIo } from "../io";

export const manifestUsage =
  "baocao manifest --base-url https://addin.example.gov.vn/baocao/ [--id <GUID>|random] [--version 1.2.0] [--from manifest.xml] -o manifest.prod.xml";

/** The development manifest's origin: every URL under it moves to the production base. */
const DEVELOPMENT_BASE = "https://localhost:3000/";
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `https://host[:port][/path]` with a trailing slash; anything else is refused (Office loads add-ins over https only). */
export function productionBase(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UserError({ vi: `--base-url “${raw}” không phải địa chỉ web.`, en: `--base-url “${raw}” is not a web address.` }, ExitCode.usage);
  }
  if (url.protocol !== "https:") throw new UserError({ vi: "--base-url phải là https:// (Office chỉ nạp phần bổ trợ qua https).", en: "--base-url must be https:// (Office loads add-ins only over https)." }, ExitCode.usage);
  if (url.search || url.hash) throw new UserError({ vi: "--base-url không được có “?” hay “#”.", en: "--base-url must have no “?” or “#”." }, ExitCode.usage);
  return `${url.origin}${url.pathname.replace(/\/*$/, "/")}`;
}

/** The manifest's four-part version from "1.2", "1.2.3" or "1.2.3.4". */
export function manifestVersion(raw: string): string {
  const parts = raw.split(".");
  if (parts.length < 1 || parts.length > 4 || !parts.every((p) => /^\d{1,5}$/.test(p))) {
    throw new UserError({ vi: `--version “${raw}” phải có dạng 1.2.3.`, en: `--version “${raw}” must look like 1.2.3.` }, ExitCode.usage);
  }
  return [...parts, "0", "0", "0"].slice(0, 4).join(".");
}

/** Moves every URL of the development manifest under `base`, and sets the version; returns the XML text. */
export function rebase(xml: string, base: string, version: string | undefined): string {
  const doc = new DOMParser().parseFromString(xml, "text/xml");
  const elements = Array.from(doc.getElementsByTagName("*"));
  for (const element of elements) {
    const value = element.getAttribute("DefaultValue");
    if (value?.startsWith(DEVELOPMENT_BASE)) element.setAttribute("DefaultValue", base + value.slice(DEVELOPMENT_BASE.length));
    if (element.localName === "AppDomain" && element.textContent?.startsWith("https://localhost")) element.parentNode?.removeChild(element);
  }
  if (version) {
    const node = elements.find((e) => e.localName === "Version" && e.parentNode === doc.documentElement);
    if (node) node.textContent = version;
  }
  const left = Array.from(doc.getElementsByTagName("*")).flatMap((e) => [e.getAttribute("DefaultValue") ?? "", e.getAttribute("Value") ?? ""]).filter((v) => v.includes("//localhost"));
  if (left.length > 0) throw new UserError({ vi: `Tệp kê khai còn địa chỉ localhost: ${left.join(", ")}`, en: `The manifest still names localhost: ${left.join(", ")}` }, ExitCode.invalidInput);
  return new XMLSerializer().serializeToString(doc);
}

/**
 * `baocao manifest`: the production manifest from the development one. The URLs move to the base and the
 * version is set here; the add-in's id goes through office-addin-manifest (modifyManifestFile), which also reads
 * the result back (readManifestFile) so that what is written is a manifest Office's own tools accept.
 */
export async function manifestCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const { values } = readArgs(argv, {
    "base-url": { type: "string" },
    id: { type: "string" },
    version: { type: "string" },
    from: { type: "string" },
    output: { type: "string", short: "o" },
  });
  if (!values["base-url"] || !values.output) throw new UserError(cliWords.missing({ vi: "--base-url hoặc -o", en: "--base-url or -o" }, manifestUsage), ExitCode.usage);
  if (values.id !== undefined && values.id !== "random" && !GUID.test(values.id)) {
    throw new UserError({ vi: `--id “${values.id}” phải là một GUID (hoặc “random”).`, en: `--id “${values.id}” must be a GUID (or “random”).` }, ExitCode.usage);
  }
  const base = productionBase(values["base-url"]);
  const version = values.version === undefined ? undefined : manifestVersion(values.version);
  const from = resolve(values.from ?? "manifest.xml");
  let xml: string;
  try {
    xml = readFileSync(from, "utf8");
  } catch {
    throw new UserError({ vi: `Không đọc được tệp kê khai “${from}”.`, en: `Cannot read the manifest “${from}”.` }, ExitCode.invalidInput);
  }
  const rebased = rebase(xml, base, version);

  // Written beside in a temporary folder first: the output appears only when office-addin-manifest accepted it.
  const work = mkdtempSync(join(tmpdir(), "baocao-manifest-"));
  try {
    // Loaded when used: the package pulls ES modules that the other commands (and jest's CommonJS) need not load.
    const { OfficeAddinManifest } = await import("office-addin-manifest");
    const draft = join(work, "manifest.xml");
    writeFileSync(draft, rebased);
    if (values.id) await OfficeAddinManifest.modifyManifestFile(draft, values.id);
    const info = await OfficeAddinManifest.readManifestFile(draft);
    copyFileSync(draft, resolve(values.output));
    io.stdout(
      `Đã ghi tệp kê khai / manifest written: ${resolve(values.output)}\n` +
        `  Id ${info.id ?? "?"}, phiên bản / version ${info.version ?? "?"}, địa chỉ / at ${info.defaultSettings?.sourceLocation ?? base}\n`,
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return ExitCode.ok;
}
