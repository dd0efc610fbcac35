import type { AxiosInstance, Method } from "axios";
import { CancelledError } from "../errors/CancelledError";
import type { Lang } from "../errors/Lang";
import { TimeoutError } from "../errors/TimeoutError";
import { errorFromStatus } from "../errors/errorFromStatus";
import { toApiError } from "../errors/toApiError";

export type OneRequest = {
  readonly method: Method;
  readonly url: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly data?: string;
  readonly signal?: AbortSignal;
  readonly onProgress?: (loadedBytes: number) => void;
};

export type Answer = { readonly status: number; readonly text: string; readonly etag: string | undefined };

/**
 * One HTTP exchange with a deadline for the whole of it (connect, headers and body: a service that
 * trickles bytes still times out), cancellable by the caller's signal. Non-2xx answers and every failure
 * leave as typed errors.
 */
export async function sendOnce(http: AxiosInstance, request: OneRequest, options: { readonly timeoutMs: number; readonly lang: Lang }): Promise<Answer> {
  const { lang, timeoutMs } = options;
  if (request.signal?.aborted) throw new CancelledError({ lang });
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const cancel = () => controller.abort();
  request.signal?.addEventListener("abort", cancel, { once: true });
  try {
    const response = await http.request<string>({
      method: request.method,
      url: request.url,
      headers: { ...request.headers },
      ...(request.data === undefined ? {} : { data: request.data }),
      signal: controller.signal,
      responseType: "text",
      transformResponse: [(data: unknown) => data],
      validateStatus: () => true,
      maxRedirects: 0,
      ...(request.onProgress ? { onDownloadProgress: (e: { loaded: number }) => request.onProgress?.(e.loaded) } : {}),
    });
    const text = typeof response.data === "string" ? response.data : String(response.data ?? "");
    if (response.status < 200 || response.status > 299) throw errorFromStatus(response.status, text, lang);
    const etag = response.headers["etag"];
    return { status: response.status, text, etag: typeof etag === "string" ? etag : undefined };
  } catch (error) {
    if (timedOut) throw new TimeoutError({ lang, seconds: Math.round(timeoutMs / 100) / 10, cause: error });
    if (request.signal?.aborted) throw new CancelledError({ lang, cause: error });
    throw toApiError(error, lang);
  } finally {
    clearTimeout(timer);
    request.signal?.removeEventListener("abort", cancel);
  }
}
