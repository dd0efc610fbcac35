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

const hostOf = (office: OfficeLike, info: { host: string | null } | null | undefined): HostState =>
  !info || !info.host ? "browser" : info.host === (office.HostType?.Word ?? "Word") ? "word" : "other-office";

/**
 * Like `detectHost`, but never gives up on Office: after `timeoutMs` without an answer the listener hears
 * "browser" (the pane shows that Word is needed), and when `Office.onReady` resolves later — a cold desktop
 * start can take longer than any wait — it hears the real host, so the pane comes up whenever Word is ready.
 *
 * @example watchHost(globalThis.Office, (host) => render(host)) // render("browser") after 3 s, render("word") when ready
 */
export function watchHost(office: OfficeLike | undefined, listener: (host: HostState) => void, timeoutMs = 3000): void {
  if (!office || typeof office.onReady !== "function") {
    listener("browser");
    return;
  }
  let heard: HostState | undefined;
  const tell = (host: HostState): void => {
    if (host === heard) return;
    heard = host;
    listener(host);
  };
  const timer = setTimeout(() => tell("browser"), timeoutMs);
  void office.onReady().then(
    (info) => {
      clearTimeout(timer);
      tell(hostOf(office, info));
    },
    () => undefined,
  );
}
