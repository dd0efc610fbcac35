import axios from "axios";
import { FiguresSchema, type Figures } from "../domain/figures/schema";
import { AgencyListSchema, HistorySchema, ImportResultSchema, PeriodListSchema } from "./contract";
import { ConflictError } from "./errors/ConflictError";
import { InvalidAnswerError } from "./errors/InvalidAnswerError";
import { NetworkError } from "./errors/NetworkError";
import { ServiceError } from "./errors/ServiceError";
import { toApiError } from "./errors/toApiError";
import type { FiguresClient, FiguresClientOptions, FiguresRef, FiguresWithEtag, RequestOptions } from "./FiguresClient";
import { apiRoot } from "./http/apiRoot";
import { parseAnswer } from "./http/parseAnswer";
import { sendOnce, type Answer, type OneRequest } from "./http/sendOnce";
import { withRetry } from "./retry/withRetry";
import { sameJson } from "./sameJson";

/** Worth another try: the request may never have arrived, or the service failed on its side. */
const transient = (error: unknown): boolean => error instanceof NetworkError || (error instanceof ServiceError && (error.status ?? 0) >= 500);

const figuresPath = (ref: FiguresRef) => `/figures/${encodeURIComponent(ref.template)}/${encodeURIComponent(ref.agency)}/${encodeURIComponent(ref.period)}`;

/**
 * The client of the figures service.
 *
 * @example
 * const client = createFiguresClient({ baseUrl: "/api", apiKey, timeoutMs: 10_000, retries: 2 });
 * const { figures, etag } = await client.getFigures({ template: "cchc-quarterly-sct", agency: "sct-dongnai", period: "2021-Q1" }, { signal });
 * await client.putFigures({ ...figures, fields: { ...figures.fields, "II.1.vbqpplDraftsRegistered": 8 } }, etag);
 */
export function createFiguresClient(options: FiguresClientOptions): FiguresClient {
  const lang = options.lang ?? "vi";
  const timeoutMs = options.timeoutMs ?? 15_000;
  const http = axios.create({
    baseURL: apiRoot(options.baseUrl),
    headers: { authorization: `Bearer ${options.apiKey}`, accept: "application/json, application/problem+json" },
  });

  /** One request, retried with backoff when `idempotent` and the failure is transient. */
  function send(request: OneRequest, idempotent: boolean, onAttempt?: (n: number) => void): Promise<Answer> {
    return withRetry(
      (n) => {
        onAttempt?.(n);
        return sendOnce(http, request, { timeoutMs, lang });
      },
      {
        retries: idempotent ? (options.retries ?? 2) : 0,
        baseDelayMs: options.retryDelayMs ?? 300,
        maxDelayMs: options.maxRetryDelayMs ?? 5_000,
        retryable: transient,
        ...(request.signal ? { signal: request.signal } : {}),
      },
    ).catch((error: unknown) => {
      // A cancel during the wait between retries surfaces here, outside sendOnce.
      throw toApiError(error, lang);
    });
  }

  /** The figures of an answer, which must be the ones asked for, with their ETag. */
  function figuresOf(answer: Answer, ref: FiguresRef): FiguresWithEtag {
    const figures = parseAnswer(answer.text, FiguresSchema, lang);
    if (figures.template !== ref.template || figures.agency !== ref.agency || figures.period !== ref.period) {
      throw new InvalidAnswerError({ lang, detail: `${figures.template}/${figures.agency}/${figures.period}` });
    }
    if (answer.etag === undefined) throw new InvalidAnswerError({ lang, detail: "ETag" });
    return { figures, etag: answer.etag };
  }

  const get = (path: string, options?: RequestOptions) => send({ method: "GET", url: path, ...options }, true);

  const client: FiguresClient = {
    async getFigures(ref, requestOptions) {
      return figuresOf(await get(figuresPath(ref), requestOptions), ref);
    },

    async putFigures(figures: Figures, etag, requestOptions) {
      const ref = { template: figures.template, agency: figures.agency, period: figures.period };
      let attempts = 0;
      const request: OneRequest = {
        method: "PUT",
        url: figuresPath(ref),
        headers: { "content-type": "application/json", ...(etag === undefined ? {} : { "if-match": etag }) },
        data: JSON.stringify(figures),
        ...requestOptions,
      };
      try {
        return figuresOf(await send(request, etag !== undefined, (n) => (attempts = n)), ref);
      } catch (error) {
        // A retried write may have landed the first time, its answer lost: then the service holds exactly these figures.
        if (!(error instanceof ConflictError) || attempts < 2) throw error;
        const current = await client.getFigures(ref, requestOptions);
        if (sameJson(current.figures, figures)) return current;
        throw error;
      }
    },

    async listAgencies(requestOptions) {
      return parseAnswer((await get("/agencies", requestOptions)).text, AgencyListSchema, lang).agencies;
    },

    async listPeriods(agency, requestOptions) {
      return parseAnswer((await get(`/agencies/${encodeURIComponent(agency)}/periods`, requestOptions)).text, PeriodListSchema, lang).periods;
    },

    async importData(ref, request, requestOptions) {
      const query = new URLSearchParams({ format: request.format, ...(request.table ? { table: request.table } : {}), ...(request.dryRun ? { dryRun: "true" } : {}) });
      const contentType = request.format === "csv" ? "text/csv; charset=utf-8" : "text/tab-separated-values; charset=utf-8";
      const answer = await send(
        {
          method: "POST",
          url: `${figuresPath(ref)}/import?${query.toString()}`,
          headers: { "content-type": contentType, ...(request.etag ? { "if-match": request.etag } : {}) },
          data: request.text,
          ...requestOptions,
        },
        false,
      );
      return { ...parseAnswer(answer.text, ImportResultSchema, lang), etag: answer.etag };
    },

    async history(ref, key, requestOptions) {
      const query = key === undefined ? "" : `?${new URLSearchParams({ key }).toString()}`;
      return parseAnswer((await get(`${figuresPath(ref)}/history${query}`, requestOptions)).text, HistorySchema, lang).entries;
    },
  };
  return client;
}
