import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** What the loopback server does with request number `n` (1-based). */
export type Behaviour = (request: IncomingMessage, response: ServerResponse, n: number) => void;

export type LoopbackServer = {
  readonly url: string;
  /** How many requests have arrived so far. */
  readonly count: () => number;
  close(): Promise<void>;
};

/**
 * A plain node:http server on 127.0.0.1 that misbehaves on purpose — hangs, drops connections, answers
 * garbage — so that the client's handling of a bad network is tested over a real socket.
 */
export async function startLoopbackServer(behaviour: Behaviour): Promise<LoopbackServer> {
  let n = 0;
  const server = createServer((request, response) => {
    n += 1;
    behaviour(request, response, n);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    count: () => n,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Behaviours, by name. */
export const hang: Behaviour = () => undefined;

export const drop: Behaviour = (request) => request.socket.destroy();

export const json =
  (status: number, body: unknown, headers: Record<string, string> = {}): Behaviour =>
  (_request, response) => {
    response.writeHead(status, { "content-type": "application/json", ...headers });
    response.end(typeof body === "string" ? body : JSON.stringify(body));
  };

/** Headers at once, then one byte every 200 ms: only a deadline over the whole answer catches it. */
export const trickle: Behaviour = (_request, response) => {
  response.writeHead(200, { "content-type": "application/json", etag: '"v1"' });
  const timer = setInterval(() => response.write(" "), 200);
  response.on("close", () => clearInterval(timer));
};

/** `first` for the first `times` requests, then `then`. */
export const firstThen =
  (times: number, first: Behaviour, then: Behaviour): Behaviour =>
  (request, response, n) =>
    (n <= times ? first : then)(request, response, n);
