import { CancelledError } from "../../../src/api/errors";
import type { Figures } from "../../../src/domain/figures/schema";
import type { FiguresSourceFactory } from "../../../src/taskpane/context/FiguresSourceContext";
import type { FiguresSource, ServiceSettings } from "../../../src/taskpane/services/FiguresSource";

type Fetch = FiguresSource["fetchFigures"];

/** A figures source factory whose every source answers with `fetch`; records the settings it was made with. */
export function fakeFiguresSource(fetch: Fetch) {
  const made: ServiceSettings[] = [];
  const fetchFigures = jest.fn(fetch);
  const factory: FiguresSourceFactory = (settings) => {
    made.push(settings);
    return { fetchFigures };
  };
  return { factory, made, fetchFigures };
}

/** A service that never answers, until the request is aborted (then it rejects, as the API client does). */
export const hungService: Fetch = ({ signal }) =>
  new Promise<Figures>((_, reject) => {
    signal.addEventListener("abort", () => reject(new CancelledError()));
  });
