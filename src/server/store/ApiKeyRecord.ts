/** What an API key may do: `read` figures, or also `write` them. */
export type Scope = "read" | "write";

/** An API key as stored: never the key itself, only the sha256 of it (hex). */
export type ApiKeyRecord = {
  readonly id: string;
  readonly agency: string;
  readonly scope: Scope;
  readonly hash: string;
  /** Who holds the key, as history names them ("Phòng Kế hoạch"); the id when absent. */
  readonly label: string | null;
  readonly createdAt: string;
  readonly revokedAt: string | null;
};
