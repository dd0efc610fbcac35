/**
 * Every content control of the document in document order, with lookups by id and tag. Built in one walk and
 * rebuilt only after an edit that adds or removes a control, so a refresh that writes a thousand controls by
 * tag does one walk, not a thousand (the host's cost stays linear in the document).
 */
import { isInside, isW, walkElements, type XElement, type XNode } from "../xml/xmlDom";
import { getId, getTag } from "./sdtProperties";
import { isListedControl } from "./sdtType";

export class ContentControlIndex {
  private list: XElement[] | null = null;
  private position = new Map<XElement, number>();
  private ids = new Map<number, XElement>();
  private tags = new Map<string, XElement[]>();
  private builds = 0;

  constructor(private readonly roots: () => readonly XNode[]) {}

  /** Forget everything; the next lookup walks the document again. */
  invalidate(): void {
    this.list = null;
  }

  /** How many times the index was built (a test checks a refresh does not rebuild it per write). */
  get buildCount(): number {
    return this.builds;
  }

  private ensure(): XElement[] {
    if (this.list) return this.list;
    const list: XElement[] = [];
    for (const root of this.roots()) {
      walkElements(root, (el) => {
        if (isW(el, "sdt") && isListedControl(el)) list.push(el);
        // Properties never hold controls; skipping them keeps the walk short.
        return !(isW(el, "sdtPr") || isW(el, "rPr") || isW(el, "pPr"));
      });
    }
    this.position = new Map(list.map((el, i) => [el, i]));
    this.ids = new Map();
    this.tags = new Map();
    for (const el of list) {
      const id = getId(el);
      if (id !== null && !this.ids.has(id)) this.ids.set(id, el);
      const tag = getTag(el);
      const same = this.tags.get(tag);
      if (same) same.push(el);
      else this.tags.set(tag, [el]);
    }
    this.builds++;
    this.list = list;
    return list;
  }

  all(): readonly XElement[] {
    return this.ensure();
  }

  byId(id: number): XElement | null {
    this.ensure();
    return this.ids.get(id) ?? null;
  }

  byTag(tag: string): readonly XElement[] {
    this.ensure();
    return this.tags.get(tag) ?? [];
  }

  /** Controls inside `container` (the container itself excluded), in document order. */
  within(container: XNode): XElement[] {
    const list = this.ensure();
    const start = this.firstIndexInside(container, list);
    if (start < 0) return [];
    const out: XElement[] = [];
    for (let i = start; i < list.length && isInside(list[i]!, container); i++) if (list[i] !== container) out.push(list[i]!);
    return out;
  }

  /** Index of the first listed control inside `container`, found by walking the container until one appears. */
  private firstIndexInside(container: XNode, list: XElement[]): number {
    if (isW(container, "sdt") && this.position.has(container)) return this.position.get(container)! + 1;
    let found = -1;
    walkElements(container, (el) => {
      if (found >= 0) return false;
      const pos = this.position.get(el);
      if (pos !== undefined) {
        found = pos;
        return false;
      }
      return true;
    });
    return found >= 0 && found < list.length ? found : -1;
  }

  /** A tag changed: move the control between tag lists without rebuilding (setting tags in a loop stays linear). */
  retag(el: XElement, oldTag: string, newTag: string): void {
    if (!this.list || oldTag === newTag) return;
    const old = this.tags.get(oldTag);
    const i = old ? old.indexOf(el) : -1;
    if (old && i >= 0) old.splice(i, 1);
    const pos = this.position.get(el);
    if (pos === undefined) return;
    const same = this.tags.get(newTag) ?? [];
    let at = same.length;
    while (at > 0 && (this.position.get(same[at - 1]!) ?? 0) > pos) at--;
    same.splice(at, 0, el);
    this.tags.set(newTag, same);
  }
}
