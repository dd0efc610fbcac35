import { parseInline } from "../../markup";
import type {
  BulletKind,
  Inline,
  Localized,
  Numbering,
  Paragraph,
  Section,
  TableBlock,
  TableId,
} from "../../types";

/**
 * Small builders that keep the report's outline readable as data. Every text goes through `parseInline`
 * (so `{fig:…}` and `{per:…}` become slots) after NFC and whitespace normalisation, so that a paragraph
 * may be written across several source lines without changing what the document shows.
 */

const clean = (source: string): string => source.normalize("NFC").replace(/\s+/g, " ").trim();

const inline = (source: string): readonly Inline[] => parseInline(clean(source));

/** @example p("Trong {per:labelSlash}, …") // → a plain paragraph */
export const p = (source: string): Paragraph => ({ kind: "para", content: inline(source) });

/** A typed bullet of the seed: "-" first level, "+" second level; the renderer prints the character. */
export const bullet = (kind: BulletKind, source: string): Paragraph => ({
  kind: "para",
  bullet: kind,
  content: inline(source),
});

export const table = (id: TableId): TableBlock => ({ kind: "table", table: id });

type Body = Section["body"];

type HeadedSpec = {
  readonly id: string;
  readonly number: string;
  readonly numbering: Exclude<Numbering, "block" | "ordinal">;
  readonly heading: string;
  /** English gloss of template-spec §2; the Vietnamese title is the heading itself. */
  readonly en: string;
  readonly body?: Body;
  readonly children?: readonly Section[];
};

/** A numbered section with a heading: "II.", "1.", "2.2.1.", "a)". */
export function section(spec: HeadedSpec): Section {
  const heading = inline(spec.heading);
  return {
    id: spec.id,
    number: spec.number,
    numbering: spec.numbering,
    heading,
    title: { vi: titleText(heading), en: spec.en },
    body: spec.body ?? [],
    children: spec.children ?? [],
  };
}

type RunInSpec = {
  readonly id: string;
  readonly number: string;
  readonly numbering: Numbering;
  /** Run-in items have no heading: a short Vietnamese description names them. */
  readonly title: Localized;
  readonly body: Body;
  readonly children?: readonly Section[];
};

/** A numbered item whose number starts its first paragraph ("a) Trong Quý I/2021, …", "- Thứ nhất, …"). */
export function runIn(spec: RunInSpec): Section {
  return {
    id: spec.id,
    number: spec.number,
    numbering: spec.numbering,
    runIn: true,
    title: spec.title,
    body: spec.body,
    children: spec.children ?? [],
  };
}

/** An unnumbered named block (`I.1#plans`): a bullet group or a table's lead-in that gets its own control. */
export function block(spec: {
  readonly id: string;
  readonly title: Localized;
  readonly body: Body;
}): Section {
  return { id: spec.id, number: "", numbering: "block", title: spec.title, body: spec.body, children: [] };
}

/** The heading's text with a period slot shown as its notation-free words, for the control's title. */
function titleText(heading: readonly Inline[]): string {
  return heading
    .map((i) => (i.kind === "text" ? i.text : ""))
    .join("")
    .replace(/\s*\(số liệu tính\s*\)\s*$/, "")
    .replace(/\s+/g, " ")
    .trim();
}
