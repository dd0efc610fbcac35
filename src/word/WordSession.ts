/** Runs a batch against Word: `Word.run` inside Office, `host.run` on the headless Word. */
export type RunWord = <T>(batch: (context: Word.RequestContext) => Promise<T>) => Promise<T>;

/** What the host offers beyond WordApi 1.3, asked once (`Office.context.requirements.isSetSupported`). */
export type WordCapabilities = {
  /** WordApi 1.4: `document.customXmlParts`, where the report metadata lives. */
  readonly customXmlParts: boolean;
  /** WordApiDesktop 1.3: `PageSetup`, to set A4, ND 30's margins and the different first page. */
  readonly pageSetup?: boolean;
  /** WordApi 1.5: `Document.insertFileFromBase64`, which carries headers and section properties. */
  readonly insertFile?: boolean;
};

/** `Office.context.requirements.isSetSupported`'s shape. */
export type IsSetSupported = (name: string, minVersion?: string) => boolean;

/** The capabilities of a host, from its answers to `isSetSupported`. */
export function capabilitiesOf(isSetSupported: IsSetSupported): WordCapabilities {
  return {
    customXmlParts: isSetSupported("WordApi", "1.4"),
    pageSetup: isSetSupported("WordApiDesktop", "1.3"),
    insertFile: isSetSupported("WordApi", "1.5"),
  };
}

/**
 * One add-in's conversation with Word: every batch goes through it, so every `context.sync()` is counted
 * (DESIGN.md, "Round trips are the cost"). Operations end their batches with their own sync, so the final
 * sync that `Word.run` adds has nothing left to send.
 */
export class WordSession {
  #syncs = 0;

  constructor(
    private readonly runWord: RunWord,
    readonly capabilities: WordCapabilities,
  ) {}

  /** Round trips made through this session so far. */
  get syncs(): number {
    return this.#syncs;
  }

  run<T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T> {
    return this.runWord(async (context) => {
      const sync = context.sync.bind(context);
      const counted = <V>(passThrough?: V): Promise<V> => {
        this.#syncs += 1;
        return sync(passThrough) as Promise<V>;
      };
      Object.defineProperty(context, "sync", { value: counted, configurable: true, writable: true });
      return batch(context);
    });
  }

  /** Counts the syncs one operation makes. */
  async measure<T>(operation: (session: WordSession) => Promise<T>): Promise<{ result: T; syncs: number }> {
    const before = this.#syncs;
    const result = await operation(this);
    return { result, syncs: this.#syncs - before };
  }
}
