import { AxiosError, AxiosHeaders, CanceledError } from "axios";
import { z } from "zod";
import {
  ApiError,
  CancelledError,
  ConflictError,
  InvalidAnswerError,
  NetworkError,
  NotFoundError,
  ServiceError,
  TimeoutError,
  UnauthorizedError,
  ValidationError,
  toApiError,
} from "../../src/api";

describe("the client's errors", () => {
  it.each([
    [new UnauthorizedError({ status: 401 }), "UnauthorizedError", "unauthorized"],
    [new NotFoundError(), "NotFoundError", "notFound"],
    [new ConflictError({ status: 412 }), "ConflictError", "conflict"],
    [new TimeoutError({ seconds: 15 }), "TimeoutError", "timeout"],
    [new NetworkError({ code: "ECONNRESET" }), "NetworkError", "network"],
    [new InvalidAnswerError(), "InvalidAnswerError", "invalidAnswer"],
    [new ValidationError({ issues: [] }), "ValidationError", "validation"],
    [new ServiceError({ status: 502 }), "ServiceError", "service"],
    [new CancelledError(), "CancelledError", "cancelled"],
  ])("%s is an ApiError with its name and kind", (error, name, kind) => {
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ name, kind, lang: "vi" });
    expect(error.message).not.toBe("");
  });

  it.each([
    [new UnauthorizedError({ status: 403 }), "Khóa API không có quyền với số liệu này (khóa của cơ quan khác, hoặc chỉ có quyền đọc).", new UnauthorizedError({ status: 403, lang: "en" }), "The API key may not do this (another agency's key, or a read-only key)."],
    [new ConflictError({ status: 428 }), "Số liệu đã có trên máy chủ: hãy tải số liệu hiện có về trước khi ghi đè.", new ConflictError({ status: 428, lang: "en" }), "The figures exist on the service: load them before overwriting."],
    [new TimeoutError({ seconds: 15 }), "Dịch vụ số liệu không trả lời sau 15 giây. Hãy thử lại sau.", new TimeoutError({ seconds: 15, lang: "en" }), "The figures service did not answer within 15 s. Try again later."],
    [new NetworkError({ code: "ENOTFOUND" }), "Không kết nối được với dịch vụ số liệu. Hãy kiểm tra mạng và địa chỉ máy chủ. (ENOTFOUND)", new NetworkError({ code: "ENOTFOUND", lang: "en" }), "Could not reach the figures service. Check the network and the service address. (ENOTFOUND)"],
    [new CancelledError(), "Đã hủy yêu cầu.", new CancelledError({ lang: "en" }), "Request cancelled."],
  ])("speaks Vietnamese by default and English on request", (vi, viText, en, enText) => {
    expect(vi.message).toBe(viText);
    expect(en.message).toBe(enText);
  });

  it("keeps the service's detail and the issues of a problem", () => {
    const problem = { type: "urn:baocao:problem:invalid-figures", title: "Số liệu không hợp lệ", status: 422, issues: [{ code: "figures.negative", path: ["fields", "x"], params: { value: -1 } }] };
    const error = toApiError(new AxiosError("bad", "ERR_BAD_REQUEST", undefined, undefined, { status: 422, data: JSON.stringify(problem), statusText: "", headers: {}, config: { headers: new AxiosHeaders() } }));
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues).toEqual(problem.issues);
    expect(error.problem).toEqual(problem);
  });
});

describe("toApiError", () => {
  const axiosError = (code: string) => new AxiosError("failed", code);
  it.each([
    ["an ApiError, as is", new NotFoundError(), NotFoundError],
    ["axios's cancel", new CanceledError(), CancelledError],
    ["an axios timeout", axiosError("ECONNABORTED"), TimeoutError],
    ["an axios ETIMEDOUT", axiosError("ETIMEDOUT"), TimeoutError],
    ["a reset connection", axiosError("ECONNRESET"), NetworkError],
    ["an unknown host", axiosError("ENOTFOUND"), NetworkError],
    ["a browser network error", axiosError("ERR_NETWORK"), NetworkError],
    ["a zod error", z.number().safeParse("x").error, InvalidAnswerError],
    ["a JSON syntax error", new SyntaxError("Unexpected token <"), InvalidAnswerError],
    ["a DOM AbortError", Object.assign(new Error("aborted"), { name: "AbortError" }), CancelledError],
    ["a DOM TimeoutError", Object.assign(new Error("timed out"), { name: "TimeoutError" }), TimeoutError],
    ["a TypeError", new TypeError("x is undefined"), ServiceError],
    ["a string", "boom", ServiceError],
    ["undefined", undefined, ServiceError],
  ])("turns %s into its typed error", (_what, input, type) => {
    expect(toApiError(input)).toBeInstanceOf(type);
  });

  it("keeps the original as the cause", () => {
    const original = axiosError("ECONNRESET");
    expect(toApiError(original).cause).toBe(original);
  });

  it("speaks the language asked for", () => {
    expect(toApiError(axiosError("ECONNRESET"), "en").message).toMatch(/^Could not reach/);
  });
});
