import type { FiguresSourceFactory } from "../context/FiguresSourceContext";

/** What the pane waits for one answer, whole answer included, and how often a failed GET is tried again. */
const TIMEOUT_MS = 15_000;
const RETRIES = 2;

/**
 * The figures service through the API client (`src/api`): the pane asks for one agency's figures of one
 * period; and writes a correction back over the version it read; the client's typed errors, in the pane's language, reach the pane as they are. The client (its HTTP
 * library and the schemas that check each answer) is loaded on the first request, not with the pane.
 */
export const figuresSourceFromClient: FiguresSourceFactory = (settings, lang) => {
  let client: Promise<import("../../api").FiguresClient> | undefined;
  const connect = () =>
    (client ??= import("../../api").then(({ createFiguresClient }) =>
      createFiguresClient({
        baseUrl: settings.baseUrl,
        apiKey: settings.apiKey,
        timeoutMs: TIMEOUT_MS,
        retries: RETRIES,
        lang,
      }),
    ));
  return {
    async fetchFigures({ templateId, agencyId, period, signal, onProgress }) {
      const { figures } = await (
        await connect()
      ).getFigures(
        { template: templateId, agency: agencyId, period },
        { signal, ...(onProgress ? { onProgress } : {}) },
      );
      return figures;
    },
    async saveFigures({ templateId, agencyId, period, change, signal }) {
      const api = await connect();
      const ref = { template: templateId, agency: agencyId, period };
      const options = signal ? { signal } : {};
      const { figures, etag } = await api.getFigures(ref, options);
      try {
        return { kind: "written", figures: (await api.putFigures(change(figures), etag, options)).figures };
      } catch (error) {
        // The key read the figures a moment ago: a refusal now is a key that may only read.
        if (error instanceof Error && "status" in error && error.status === 403) return { kind: "readOnly" };
        throw error;
      }
    },
  };
};
