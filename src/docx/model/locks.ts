/**
 * Content-control locks, enforced on every write through the API. Choice where the docs are silent (strict): a
 * write into a control whose `cannotEdit` is true — or into anything nested in it — fails with AccessDenied, and
 * so does deleting a control whose `cannotDelete` is true. Code must unlock in the same batch (set
 * `cannotEdit = false`, write, set it back), which is the pattern that works in Word too.
 */
import { DocxError } from "../api/DocxError";
import { isW, walkElements, type XNode } from "../xml/xmlDom";
import { getCannotDelete, getCannotEdit, getTag } from "./sdtProperties";

export function assertEditable(node: XNode | null): void {
  for (let n = node; n; n = n.parentNode) {
    if (isW(n, "sdt") && getCannotEdit(n)) {
      throw new DocxError("AccessDenied", `The content control '${getTag(n)}' cannot be edited (cannotEdit is true).`);
    }
  }
}

/**
 * Removing content removes the controls in it: a control with cannotDelete anywhere in `nodes` makes the removal
 * fail with AccessDenied (strict choice: Word's UI refuses to delete such a control, whatever is deleted around it).
 */
export function assertRemovable(nodes: readonly XNode[]): void {
  const check = (el: XNode): void => {
    if (isW(el, "sdt") && getCannotDelete(el)) {
      throw new DocxError("AccessDenied", `The content control '${getTag(el)}' cannot be deleted (cannotDelete is true).`);
    }
  };
  for (const n of nodes) {
    check(n);
    walkElements(n, (el) => void check(el));
  }
}

export function assertDeletable(sdt: XNode): void {
  if (isW(sdt, "sdt") && getCannotDelete(sdt)) {
    throw new DocxError("AccessDenied", `The content control '${getTag(sdt)}' cannot be deleted (cannotDelete is true).`);
  }
  assertEditable(sdt.parentNode);
}
