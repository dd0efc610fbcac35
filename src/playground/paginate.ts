/** The height of a header line the page number takes, as docx-preview draws a section's header. */
const PAGE_NUMBER_STYLE = "text-align: center; font-family: 'Times New Roman', serif; font-size: 13pt;";

/**
 * docx-preview draws each section of the document as one page as long as its content. The printed report
 * breaks pages where a page is full: this splits every drawn page, at paragraph and table-row boundaries,
 * into pages of the section's own height (its `min-height`, A4 for ND 30), and numbers the pages after the
 * first at the top, centred, as the report's header does (different first page). Returns the number of pages.
 *
 * A row taller than a page, or a paragraph, is not cut: it stays whole on its page, as Word keeps a line.
 */
export function paginate(container: HTMLElement): number {
  const pages = [...container.querySelectorAll<HTMLElement>("section.docx")];
  let count = 0;
  for (const first of pages) {
    let page: HTMLElement | undefined = first;
    while (page) {
      count += 1;
      if (count > 1) numberPage(page, count);
      page = splitPage(page);
    }
  }
  return count;
}

/** Moves what does not fit on `page` to a new page after it, and returns the new page (undefined if all fits). */
function splitPage(page: HTMLElement): HTMLElement | undefined {
  const article = page.querySelector<HTMLElement>(":scope > article");
  if (!article) return undefined;
  const style = getComputedStyle(page);
  const height = parseFloat(style.minHeight);
  if (!(height > 0)) return undefined;
  const bottom = page.getBoundingClientRect().top + height - parseFloat(style.paddingBottom);
  const blocks = [...article.children] as HTMLElement[];
  // A block's space after counts: the page holds it too.
  const end = (block: HTMLElement) => block.getBoundingClientRect().bottom + (parseFloat(getComputedStyle(block).marginBottom) || 0);
  const over = blocks.findIndex((block) => end(block) > bottom);
  if (over < 0) return undefined;
  let from = over;
  const crossing = blocks[over]!;
  if (crossing.tagName === "TABLE") {
    const rest = splitTable(crossing as HTMLTableElement, bottom);
    if (rest) {
      crossing.after(rest);
      from = over + 1;
      blocks.splice(over + 1, 0, rest);
    }
  }
  // Nothing fits beside the first block: it stays, taller than the page, and the page breaks after it.
  if (from === 0) from = 1;
  const moved = blocks.slice(from);
  if (moved.length === 0) return undefined;
  const next = page.cloneNode(false) as HTMLElement;
  const header = page.querySelector<HTMLElement>(":scope > header");
  const nextHeader = document.createElement("header");
  if (header) nextHeader.setAttribute("style", header.getAttribute("style") ?? "");
  const nextArticle = article.cloneNode(false) as HTMLElement;
  nextArticle.append(...moved);
  next.append(nextHeader, nextArticle);
  page.after(next);
  return next;
}

/** The rows of `table` from the first that crosses `bottom` (not its first body row), in a table of their own. */
function splitTable(table: HTMLTableElement, bottom: number): HTMLTableElement | undefined {
  const body = table.tBodies[0];
  if (!body) return undefined;
  const rows = [...body.rows];
  const at = rows.findIndex((row) => row.getBoundingClientRect().bottom > bottom);
  if (at <= 0) return undefined;
  const rest = table.cloneNode(false) as HTMLTableElement;
  for (const colgroup of table.querySelectorAll(":scope > colgroup")) rest.append(colgroup.cloneNode(true));
  const restBody = body.cloneNode(false) as HTMLTableSectionElement;
  restBody.append(...rows.slice(at));
  rest.append(restBody);
  return rest;
}

function numberPage(page: HTMLElement, n: number): void {
  const header = page.querySelector<HTMLElement>(":scope > header");
  if (!header) return;
  header.replaceChildren(Object.assign(document.createElement("p"), { textContent: String(n) }));
  header.firstElementChild?.setAttribute("style", PAGE_NUMBER_STYLE);
  header.dataset.pageNumber = String(n);
}
