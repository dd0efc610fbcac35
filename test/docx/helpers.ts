/** Shared helpers of the docx tests: a host with a document, error assertions, and a look inside saved packages. */
import JSZip from "jszip";
import { DOMParser } from "@xmldom/xmldom";
import { openDocx, type DocxHost } from "../../src/docx";

/** A blank host, optionally with OOXML inserted (Replace) in a first run. */
export async function hostWith(ooxml?: string): Promise<DocxHost> {
  const host = await openDocx();
  if (ooxml) {
    await host.run(async (ctx) => {
      ctx.document.body.insertOoxml(ooxml, "Replace");
      await ctx.sync();
    });
  }
  return host;
}

/** Await a promise that must reject with an Office-like error of `code`; returns the error. */
export async function rejectsWith(promise: Promise<unknown>, code: string): Promise<OfficeExtension.Error> {
  let caught: unknown;
  try {
    await promise;
  } catch (e) {
    caught = e;
  }
  if (!caught) throw new Error(`expected a rejection with code ${code}, but it resolved`);
  const err = caught as OfficeExtension.Error;
  expect(err.code).toBe(code);
  expect(typeof err.message).toBe("string");
  expect(err.debugInfo.code).toBe(code);
  return err;
}

/** Run `fn` that must throw synchronously with `code` (property reads). */
export function throwsWith(fn: () => unknown, code: string): void {
  let caught: unknown;
  try {
    fn();
  } catch (e) {
    caught = e;
  }
  expect((caught as { code?: string } | undefined)?.code).toBe(code);
}

export async function partText(bytes: Uint8Array, name: string): Promise<string | undefined> {
  const zip = await JSZip.loadAsync(bytes);
  return zip.file(name)?.async("string");
}

export async function partNames(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  return Object.keys(zip.files).filter((n) => !zip.files[n]!.dir).sort();
}

/** Parse strictly: any XML error fails the test. */
export function parseStrict(xml: string): ReturnType<DOMParser["parseFromString"]> {
  return new DOMParser({
    onError: (level, msg) => {
      throw new Error(`${level}: ${msg}`);
    },
  }).parseFromString(xml, "application/xml");
}

/** Tags of all content controls of the document, in order. */
export async function allTags(host: DocxHost): Promise<string[]> {
  return host.run(async (ctx) => {
    const ccs = ctx.document.contentControls.load("items/tag");
    await ctx.sync();
    return ccs.items.map((c) => c.tag);
  });
}
