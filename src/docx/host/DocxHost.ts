/**
 * A headless Word over one .docx: `run` has the contract of `Word.run` (a new request context per batch, the
 * batch's result returned, one final sync when commands are still queued), `save` writes the package.
 *
 * Counting choice: `syncCount` counts every `context.sync()` the code calls, even one with nothing queued (a
 * round trip in the worst case), plus the final sync `run` makes when commands are pending.
 */
import { DocxRequestContext } from "../api/RequestContext";
import { DocumentProxy } from "../api/Document";
import { DocxError } from "../api/DocxError";
import { WordDocument, type Selection } from "../model/WordDocument";
import { HOST_PROFILES, supportsSet, type HostProfile, type HostProfileName } from "./HostProfile";

export type DocxHostOptions = {
  /** Simulated latency of one round trip, in milliseconds (default 0). */
  readonly latencyMs?: number;
  /** The Word this host plays (default `m365`): which requirement sets, so which members, exist. */
  readonly profile?: HostProfileName;
};

/** The context a batch receives: Word.RequestContext's shape, with the document typed as the headless proxy. */
export type DocxContext = DocxRequestContext & { readonly document: DocumentProxy };

export class DocxHost {
  private syncs = 0;
  latencyMs: number;
  readonly profile: HostProfile;

  constructor(
    readonly model: WordDocument,
    options: DocxHostOptions = {},
  ) {
    this.latencyMs = options.latencyMs ?? 0;
    this.profile = HOST_PROFILES[options.profile ?? "m365"];
  }

  /** `Office.context.requirements.isSetSupported` as this host answers it. */
  isSetSupported(name: string, minVersion?: string): boolean {
    return supportsSet(this.profile, name, minVersion);
  }

  /** Number of syncs (round trips) so far, the final implicit one of `run` included. */
  get syncCount(): number {
    return this.syncs;
  }

  /** Bytes of text and OOXML sent to the document through insert methods and property writes so far. */
  get bytesSent(): number {
    return this.model.bytesSent;
  }

  /** Of `bytesSent`, the bytes written to custom XML parts and custom document properties. */
  get customDataBytesSent(): number {
    return this.model.customDataBytesSent;
  }

  /** What the last `select()` selected (a UI shows it). */
  get selection(): Selection | null {
    return this.model.selection;
  }

  /** A new request context on this document (what Word.run gives a batch). */
  newContext(): DocxContext {
    return new DocxRequestContext(
      this.model,
      { onSync: () => void this.syncs++, latencyMs: () => this.latencyMs, profile: this.profile },
      (ctx) => new DocumentProxy(ctx),
    ) as DocxContext;
  }

  async run<T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T> {
    return this.runWith(this.newContext(), batch);
  }

  /** Run a batch on an existing context (Word.run(object, batch) reuses the object's context). */
  async runWith<T>(context: DocxContext, batch: (context: Word.RequestContext) => Promise<T>): Promise<T> {
    const returned: unknown = batch(context as unknown as Word.RequestContext);
    if (!returned || typeof (returned as { then?: unknown }).then !== "function") {
      throw new DocxError("RunMustReturnPromise", 'The batch function passed to the ".run" method didn\'t return a promise.');
    }
    const result = (await returned) as T;
    if (context.hasPendingCommands) await context.sync();
    return result;
  }

  save(): Promise<Uint8Array> {
    return this.model.save();
  }
}

export async function openDocx(bytes?: Uint8Array, options?: DocxHostOptions): Promise<DocxHost> {
  return new DocxHost(await WordDocument.open(bytes), options);
}
