import type { FiguresSourceFactory } from "../context/FiguresSourceContext";

/** What the pane waits for one answer, whole answer included, and how often a failed GET is tried again. */
const TIMEOUT_MS = 15_000;
const RETRIES = 2;

/**
 * The figures service through the API client (`src/api`): the pane asks for one agency's figures of one
 * period; the client's typed errors, in the pane's language, reach the pane as they are. The client (its HTTP
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
  };
};
