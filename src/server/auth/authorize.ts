import { HttpProblem } from "../problem/HttpProblem";
import type { Scope } from "../store/ApiKeyRecord";
import type { Principal } from "./Principal";

/**
 * Checks that a key may act on an agency's data: keys are per agency, and `read` keys may not write.
 * Throws a 403 problem otherwise.
 */
export function authorize(principal: Principal | undefined, agency: string, scope: Scope): Principal {
  if (!principal) throw new HttpProblem("unauthorized");
  if (principal.agency !== agency) {
    throw new HttpProblem("forbidden", { detail: `Khóa API này thuộc cơ quan khác, không dùng được cho “${agency}”.` });
  }
  if (scope === "write" && principal.scope !== "write") {
    throw new HttpProblem("forbidden", { detail: "Khóa API này chỉ có quyền đọc." });
  }
  return principal;
}
