/**
 * The request context of one `Word.run`: proxy calls only queue commands; `sync()` runs them in order against the
 * document. A failing command stops the batch (the commands after it are dropped) and rejects the sync; what the
 * commands before it did to the document stays done (Word batches are not transactions), but the values they
 * loaded are not published, so a failed sync never leaves half-loaded proxies behind.
 */
import { DocxError, toDocxError } from "./DocxError";
import type { WordDocument } from "../model/WordDocument";
import { supportsSet, type HostProfile } from "../host/HostProfile";

export type SyncHooks = {
  /** Called once per sync, before its commands run (the host counts round trips here). */
  readonly onSync: () => void;
  /** Simulated round-trip latency in milliseconds (0: next microtask). */
  readonly latencyMs: () => number;
  /** The Word this host plays: its requirement sets decide which members exist. */
  readonly profile: HostProfile;
};

/** A command runs at sync; one that reads a package (insertFileFromBase64) may take a promise's time. */
type Command = { readonly location: string; readonly run: () => void | Promise<void> };

export class DocxRequestContext {
  /** Tracked objects only matter for memory in real Office; here add/remove are accepted and do nothing. */
  readonly trackedObjects = {
    add: (_objects: unknown): void => undefined,
    remove: (_objects: unknown): void => undefined,
  };
  readonly requestHeaders: Record<string, string> = {};
  private queue: Command[] = [];
  private staged: Array<() => void> = [];
  private chain: Promise<unknown> = Promise.resolve();
  private documentProxy: unknown;
  private running = false;

  constructor(
    readonly model: WordDocument,
    private readonly hooks: SyncHooks,
    makeDocument: (ctx: DocxRequestContext) => unknown,
  ) {
    this.documentProxy = makeDocument(this);
  }

  /** `context.document` (typed as the Document proxy by the module that creates it). */
  get document(): unknown {
    return this.documentProxy;
  }

  get debugInfo(): { pendingStatements: string[] } {
    return { pendingStatements: this.queue.map((c) => c.location) };
  }

  /** The profile of the host this context belongs to. */
  get profile(): HostProfile {
    return this.hooks.profile;
  }

  /**
   * Fails like Word does when a member is outside the host's requirement sets: the statement is rejected with
   * ApiNotFound (`OfficeExtension.ErrorCodes.apiNotFound`) and the batch stops there.
   */
  requireSet(set: string, version: string, member: string): void {
    if (!supportsSet(this.hooks.profile, set, version)) {
      throw new DocxError("ApiNotFound", `${member} needs ${set} ${version}, which this Word (${this.hooks.profile.name}) does not support.`);
    }
  }

  /** True while a sync runs its commands (a proxy made by a load then is resolved by that load). */
  get executing(): boolean {
    return this.running;
  }

  /** True when commands are waiting for a sync (Word.run syncs once more at the end only then). */
  get hasPendingCommands(): boolean {
    return this.queue.length > 0;
  }

  enqueue(location: string, run: () => void | Promise<void>): void {
    this.queue.push({ location, run });
  }

  /** Publish a loaded value only when the whole sync succeeds. */
  stage(apply: () => void): void {
    this.staged.push(apply);
  }

  load(object: { load: (option?: unknown) => unknown }, option?: unknown): void {
    object.load(option);
  }

  trace(_message: string): void {}

  sync<T>(passThroughValue?: T): Promise<T> {
    const commands = this.queue;
    this.queue = [];
    const run = this.chain.then(() => this.execute(commands)).then(() => passThroughValue as T);
    this.chain = run.catch(() => undefined);
    return run;
  }

  private async execute(commands: Command[]): Promise<void> {
    this.hooks.onSync();
    const latency = this.hooks.latencyMs();
    if (latency > 0) await new Promise((r) => setTimeout(r, latency));
    else await Promise.resolve();
    this.staged = [];
    this.running = true;
    try {
      for (const command of commands) {
        this.model.commandSerial++;
        try {
          const running = command.run();
          if (running) await running;
        } catch (e) {
          this.staged = [];
          throw toDocxError(e).at(command.location);
        }
      }
    } finally {
      this.running = false;
    }
    const staged = this.staged;
    this.staged = [];
    for (const apply of staged) apply();
  }
}
