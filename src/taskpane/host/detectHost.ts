/** Where the task pane runs: inside Word, in another Office application, or in a plain browser. */
export type HostState = "word" | "other-office" | "browser";

type OfficeLike = {
  onReady: () => Promise<{ host: string | null } | null | undefined>;
  HostType?: { Word?: string };
};

/**
 * Asks Office.js where it runs. Office.js resolves with a null host outside Office, and never resolves
 * when its script was blocked, hence the time limit.
 *
 * @example await detectHost(globalThis.Office) // → "word" inside Word, "browser" in a browser tab
 */
export async function detectHost(office: OfficeLike | undefined, timeoutMs = 3000): Promise<HostState> {
  if (!office || typeof office.onReady !== "function") return "browser";
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), timeoutMs);
  });
  try {
    const info = await Promise.race([office.onReady(), timeout]);
    if (!info || !info.host) return "browser";
    return info.host === (office.HostType?.Word ?? "Word") ? "word" : "other-office";
  } finally {
    if (timer) clearTimeout(timer);
  }
}
