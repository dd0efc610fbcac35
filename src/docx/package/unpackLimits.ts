/**
 * What a .docx may unpack to before the headless Word refuses it, and the one reader that enforces it. The
 * command line, the playground's pane and every other caller open packages through `OpcPackage.fromZip`, which
 * reads through `readZipParts`, so all of them refuse the same files with the same message.
 *
 * A .docx is a zip: a few hundred KB can inflate to gigabytes (a "zip bomb": 1 MB of deflated zeros is 1 GB),
 * and an XML part of hundreds of MB of paragraphs exhausts the parser's memory long before it fails. So:
 * - the central directory (the zip's table of contents, read by jszip without inflating anything) is checked
 *   first: the number of parts, each part's declared size against its limit, the sum, and the compression
 *   ratio of each large part;
 * - then each part is inflated as a stream, counting bytes (and, in XML parts, tags) as they come, and stopped
 *   as soon as it passes its declared size or its limit: a central directory that lies costs no more than the
 *   limit.
 *
 * The limits are generous for real reports: the 30-agency consolidated report (bench/consolidated.ts) has a
 * 4.4 MB main part packed 20 to 1 with about 294,000 tags; the limits below leave it about seven times room in
 * size and tags and ten in ratio. README.md states them.
 */
import JSZip from "jszip";

const MB = 1024 * 1024;

export const UNPACK_LIMITS = {
  /** The .docx file itself. */
  fileBytes: 256 * MB,
  /** Entries in the zip (a report has about twenty). */
  parts: 5_000,
  /** One XML part (.xml, .rels) inflated: what the XML parser is given. */
  xmlPartBytes: 32 * MB,
  /** Tags in one XML part ("<" characters): what the parser turns into nodes. */
  xmlTags: 2_000_000,
  /** Any other part (an image, a font) inflated. */
  partBytes: 64 * MB,
  /** All parts together inflated. */
  totalBytes: 256 * MB,
  /** Inflated ÷ deflated size of one part… */
  ratio: 200,
  /** …checked for parts larger than this (small parts of repeated markup may compress better). */
  ratioFromBytes: 1 * MB,
} as const;

export type UnpackLimits = { readonly [K in keyof typeof UNPACK_LIMITS]: number };

type Reason =
  | { readonly kind: "file"; readonly bytes: number }
  | { readonly kind: "parts"; readonly count: number }
  | { readonly kind: "partBytes"; readonly part: string; readonly limit: number; readonly xml: boolean }
  | { readonly kind: "xmlTags"; readonly part: string }
  | { readonly kind: "xmlDepth"; readonly part: string; readonly depth: number }
  | { readonly kind: "ratio"; readonly part: string; readonly ratio: number }
  | { readonly kind: "total" }
  | { readonly kind: "lies"; readonly part: string; readonly declared: number };

const mb = (bytes: number): string => `${Math.round(bytes / MB).toLocaleString("vi-VN")} MB`;
const count = (n: number, lang: "vi" | "en"): string => n.toLocaleString(lang === "vi" ? "vi-VN" : "en-US");

function describe(reason: Reason, limits: UnpackLimits, lang: "vi" | "en"): string {
  const vi = lang === "vi";
  switch (reason.kind) {
    case "file":
      return vi
        ? `tệp lớn hơn ${mb(limits.fileBytes)}`
        : `the file is larger than ${mb(limits.fileBytes)}`;
    case "parts":
      return vi
        ? `tệp nén có ${count(reason.count, lang)} phần, quá ${count(limits.parts, lang)} phần cho phép`
        : `the package holds ${count(reason.count, lang)} parts, more than ${count(limits.parts, lang)}`;
    case "partBytes":
      return vi
        ? `phần “${reason.part}” giải nén ra hơn ${mb(reason.limit)} (giới hạn cho một phần ${reason.xml ? "XML" : "không phải XML"})`
        : `part “${reason.part}” unpacks to more than ${mb(reason.limit)} (the limit for one ${reason.xml ? "XML" : "non-XML"} part)`;
    case "xmlTags":
      return vi
        ? `phần “${reason.part}” có hơn ${count(limits.xmlTags, lang)} thẻ XML`
        : `part “${reason.part}” holds more than ${count(limits.xmlTags, lang)} XML tags`;
    case "xmlDepth":
      return vi
        ? `phần “${reason.part}” lồng các thẻ XML sâu hơn ${count(reason.depth, lang)} cấp`
        : `part “${reason.part}” nests XML elements deeper than ${count(reason.depth, lang)}`;
    case "ratio":
      return vi
        ? `phần “${reason.part}” giải nén ra gấp ${count(Math.round(reason.ratio), lang)} lần kích thước nén (cho phép tối đa ${limits.ratio} lần): tệp “bom nén”`
        : `part “${reason.part}” unpacks to ${count(Math.round(reason.ratio), lang)} times its packed size (at most ${limits.ratio}): a zip bomb`;
    case "total":
      return vi
        ? `các phần giải nén ra tổng cộng hơn ${mb(limits.totalBytes)}`
        : `the parts unpack to more than ${mb(limits.totalBytes)} in all`;
    case "lies":
      return vi
        ? `phần “${reason.part}” giải nén ra nhiều hơn ${count(reason.declared, lang)} byte mà mục lục của tệp nén ghi (tệp hỏng hoặc cố ý đánh lừa)`
        : `part “${reason.part}” unpacks to more than the ${count(reason.declared, lang)} bytes its zip directory declares (damaged or deceptive)`;
  }
}

/**
 * A package refused for what it would unpack to. `message` is Vietnamese; `english` the same in English.
 * `inflatedBytes`: how much was inflated before the refusal (0 when the central directory already told).
 */
export class PackageTooLarge extends Error {
  readonly english: string;
  /** What is over, in Vietnamese, without the head: "phần “…” giải nén ra hơn 32 MB (…)". */
  readonly detail: string;
  constructor(
    readonly reason: Reason,
    readonly inflatedBytes: number,
    limits: UnpackLimits,
  ) {
    super(`Văn bản vượt giới hạn mở: ${describe(reason, limits, "vi")}; không mở, không thay đổi gì.`);
    this.detail = describe(reason, limits, "vi");
    this.english = `The document exceeds the unpack limits: ${describe(reason, limits, "en")}; not opened, nothing changed.`;
    this.name = "PackageTooLarge";
  }
}

/** jszip's own record of an entry, read from the central directory (not in its published types). */
type Compressed = { readonly compressedSize: number; readonly uncompressedSize: number };
/** jszip's internal stream of an entry's inflated bytes, chunk by chunk (pausable, not in its published types). */
type InflateStream = {
  on(event: "data", listener: (chunk: Uint8Array) => void): InflateStream;
  on(event: "error", listener: (error: Error) => void): InflateStream;
  on(event: "end", listener: () => void): InflateStream;
  resume(): InflateStream;
  pause(): InflateStream;
};
type EntryInternals = {
  readonly _data?: Compressed;
  internalStream(type: "uint8array"): InflateStream;
};

const isXmlPart = (name: string): boolean => /\.(xml|rels)$/i.test(name);

/**
 * The number of entries the zip's end-of-central-directory record declares, read before jszip builds an object
 * per entry; undefined when the record is not found (jszip then says what is wrong).
 */
function declaredEntries(bytes: Uint8Array): number | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const stop = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= stop; at--) {
    if (view.getUint32(at, true) === 0x06054b50) return view.getUint16(at + 10, true);
  }
  return undefined;
}

/** One entry inflated as a stream, stopped as soon as it passes `limit` bytes (or tags, for an XML part). */
function inflateCounted(
  name: string,
  entry: EntryInternals,
  declared: number,
  reading: { readonly limits: UnpackLimits; readonly spent: { bytes: number }; readonly keep: boolean },
): Promise<Uint8Array> {
  const { limits, spent, keep } = reading;
  const xml = isXmlPart(name);
  const limit = xml ? limits.xmlPartBytes : limits.partBytes;
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let size = 0;
    let tags = 0;
    let done = false;
    const stream = entry.internalStream("uint8array");
    const refuse = (reason: Reason) => {
      done = true;
      stream.pause();
      chunks.length = 0;
      reject(new PackageTooLarge(reason, spent.bytes, limits));
    };
    stream
      .on("data", (chunk) => {
        if (done) return;
        size += chunk.length;
        spent.bytes += chunk.length;
        if (size > declared) return refuse({ kind: "lies", part: name, declared });
        if (size > limit) return refuse({ kind: "partBytes", part: name, limit, xml });
        if (spent.bytes > limits.totalBytes) return refuse({ kind: "total" });
        if (xml) {
          // A plain loop: indexOf once per tag costs a call per "<", four times the loop over a sheet's XML.
          for (let i = 0; i < chunk.length; i++) if (chunk[i] === 0x3c) tags++;
          if (tags > limits.xmlTags) return refuse({ kind: "xmlTags", part: name });
        }
        if (keep) chunks.push(chunk);
      })
      .on("error", (error) => {
        if (done) return;
        done = true;
        reject(error);
      })
      .on("end", () => {
        if (done) return;
        done = true;
        const out = new Uint8Array(keep ? size : 0);
        let at = 0;
        for (const c of chunks) {
          out.set(c, at);
          at += c.length;
        }
        resolve(out);
      })
      .resume();
  });
}

/**
 * Every file entry of a zip, inflated, within `limits` — or a PackageTooLarge naming what is over. `only`
 * restricts which entries are inflated (the others are still counted in the central directory's checks);
 * `countOnly` inflates and counts without keeping the bytes (each part then reads as empty), for a package
 * another library will unpack once it is known to be within the limits.
 */
export async function readZipParts(
  bytes: Uint8Array,
  options: {
    readonly limits?: UnpackLimits;
    readonly only?: (name: string) => boolean;
    readonly countOnly?: boolean;
  } = {},
): Promise<Map<string, Uint8Array>> {
  const limits = options.limits ?? UNPACK_LIMITS;
  if (bytes.length > limits.fileBytes) throw new PackageTooLarge({ kind: "file", bytes: bytes.length }, 0, limits);
  const entries = declaredEntries(bytes);
  // 0xffff marks a ZIP64 directory, which no Word document needs.
  if (entries !== undefined && (entries > limits.parts || entries === 0xffff))
    throw new PackageTooLarge({ kind: "parts", count: entries }, 0, limits);
  const zip = await JSZip.loadAsync(bytes);
  const files = Object.values(zip.files).filter((f) => !f.dir);
  if (files.length > limits.parts) throw new PackageTooLarge({ kind: "parts", count: files.length }, 0, limits);

  let declaredTotal = 0;
  for (const file of files) {
    const data = (file as unknown as EntryInternals)._data;
    if (!data) continue;
    const { compressedSize, uncompressedSize } = data;
    const xml = isXmlPart(file.name);
    const limit = xml ? limits.xmlPartBytes : limits.partBytes;
    if (uncompressedSize > limit)
      throw new PackageTooLarge({ kind: "partBytes", part: file.name, limit, xml }, 0, limits);
    if (uncompressedSize > limits.ratioFromBytes && uncompressedSize > limits.ratio * Math.max(1, compressedSize))
      throw new PackageTooLarge(
        { kind: "ratio", part: file.name, ratio: uncompressedSize / Math.max(1, compressedSize) },
        0,
        limits,
      );
    declaredTotal += uncompressedSize;
    if (declaredTotal > limits.totalBytes) throw new PackageTooLarge({ kind: "total" }, 0, limits);
  }

  const parts = new Map<string, Uint8Array>();
  const spent = { bytes: 0 };
  for (const file of files) {
    if (options.only && !options.only(file.name)) continue;
    const internals = file as unknown as EntryInternals;
    const declared = internals._data?.uncompressedSize ?? limits.partBytes;
    parts.set(file.name, await inflateCounted(file.name, internals, declared, { limits, spent, keep: !options.countOnly }));
  }
  return parts;
}
