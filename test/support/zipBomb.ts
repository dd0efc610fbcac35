/**
 * Zip files that inflate to far more than they hold, built without ever holding what they inflate to: one
 * segment of repeated content is deflated once with a full flush (a byte-aligned block that refers to nothing
 * before it) and repeated; a final empty block closes the stream. A 1 MB file of 1 GB of zeros costs 1 MB here.
 */
import { crc32, constants, deflateRawSync } from "node:zlib";
import JSZip from "jszip";

/** An entry already deflated: its bytes in the zip, and what the central directory says about it. */
export type RawEntry = {
  readonly name: string;
  readonly deflated: Uint8Array;
  readonly crc: number;
  /** Inflated size as the central directory declares it (a deceptive zip declares less than the truth). */
  readonly size: number;
};

/** `head` + `segment` × `times` + `tail`, deflated, with its true size and CRC, computed segment by segment. */
export function repeatedEntry(
  name: string,
  parts: { readonly head?: string; readonly segment: Uint8Array; readonly times: number; readonly tail?: string },
): RawEntry {
  const head = Buffer.from(parts.head ?? "");
  const tail = Buffer.from(parts.tail ?? "");
  const flush = { finishFlush: constants.Z_FULL_FLUSH };
  const segment = deflateRawSync(parts.segment, flush);
  const chunks = [deflateRawSync(head, flush)];
  let crc = crc32(head);
  for (let i = 0; i < parts.times; i++) {
    chunks.push(segment);
    crc = crc32(parts.segment, crc);
  }
  chunks.push(deflateRawSync(tail));
  crc = crc32(tail, crc);
  return {
    name,
    deflated: Buffer.concat(chunks),
    crc: crc >>> 0,
    size: head.length + parts.segment.length * parts.times + tail.length,
  };
}

/** A small entry deflated whole. */
export function plainEntry(name: string, data: Uint8Array): RawEntry {
  return { name, deflated: deflateRawSync(data), crc: crc32(data) >>> 0, size: data.length };
}

/** A zip of the entries (deflate, no data descriptors, no ZIP64). */
export function zipOf(entries: readonly RawEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, "utf8");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(e.crc, 14);
    local.writeUInt32LE(e.deflated.length, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(e.crc, 16);
    central.writeUInt32LE(e.deflated.length, 20);
    central.writeUInt32LE(e.size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, Buffer.from(e.deflated));
    centrals.push(central, name);
    offset += local.length + name.length + e.deflated.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** A real .docx with one of its parts replaced by `entry` (the others re-deflated as they were). */
export async function docxWith(docx: Uint8Array, entry: RawEntry): Promise<Buffer> {
  const zip = await JSZip.loadAsync(docx);
  const entries: RawEntry[] = [];
  for (const file of Object.values(zip.files)) {
    if (file.dir || file.name === entry.name) continue;
    entries.push(plainEntry(file.name, await file.async("uint8array")));
  }
  return zipOf([...entries, entry]);
}

const MB = 1024 * 1024;

/** `word/document.xml` of `megabytes` MB of zeros (1,024: a gigabyte). */
export const zerosPart = (megabytes: number, name = "word/document.xml"): RawEntry =>
  repeatedEntry(name, { segment: new Uint8Array(MB), times: megabytes });

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/** A main document part of `megabytes` MB of well-formed paragraphs, each “Đoạn văn bản lặp lại.”. */
export function paragraphsPart(megabytes: number): RawEntry {
  const paragraph = "<w:p><w:r><w:t>Đoạn văn bản lặp lại.</w:t></w:r></w:p>";
  const perMb = Math.floor(MB / Buffer.byteLength(paragraph));
  return repeatedEntry("word/document.xml", {
    head: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>`,
    segment: Buffer.from(paragraph.repeat(perMb)),
    times: megabytes,
    tail: "</w:body></w:document>",
  });
}
