/** One answer, read whole: status, headers and the body parsed when it is JSON. */
export type Answer = { readonly status: number; readonly headers: Headers; readonly text: string; readonly body: unknown };

export type CallOptions = {
  readonly method?: string;
  readonly key?: string;
  readonly headers?: Record<string, string>;
  /** An object is sent as JSON; a string or bytes as they are. */
  readonly body?: unknown;
  readonly contentType?: string;
};

/** A request over real HTTP (Node's fetch), as a browser-side client would make it. */
export async function call(baseUrl: string, path: string, options: CallOptions = {}): Promise<Answer> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.key) headers.authorization = `Bearer ${options.key}`;
  let body: string | Blob | undefined;
  if (options.body instanceof Uint8Array) {
    body = new Blob([options.body as Uint8Array<ArrayBuffer>]);
    headers["content-type"] = options.contentType ?? "application/octet-stream";
  } else if (typeof options.body === "string") {
    body = options.body;
    headers["content-type"] = options.contentType ?? "application/json";
  } else if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers["content-type"] = options.contentType ?? "application/json";
  }
  const response = await fetch(`${baseUrl}${path}`, { method: options.method ?? "GET", headers, ...(body === undefined ? {} : { body }) });
  const text = await response.text();
  const type = response.headers.get("content-type") ?? "";
  return { status: response.status, headers: response.headers, text, body: type.includes("json") && text !== "" ? (JSON.parse(text) as unknown) : undefined };
}
