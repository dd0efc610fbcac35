import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Checkbox,
  mergeClasses,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import type { ReactNode } from "react";
import { useLanguage } from "../context/LanguageContext";
import { ActionButton } from "../controls/ActionButton";
import { CheckField } from "../controls/CheckField";
import { SelectField } from "../controls/SelectField";
import { Busy } from "../shared/Busy";
import { FailureNotice, Notice } from "../shared/Notice";
import { PeriodPicker } from "../shared/PeriodPicker";
import { useStickyBarStyles } from "../shared/stickyBar.styles";
import { useTableStyles } from "../shared/table.styles";
import { TechnicalDetails } from "../shared/TechnicalDetails";
import type { AdoptPart, AdoptSummary } from "../services/ReportDocument";
import { useAdoptStyles } from "./Adopt.styles";
import { useAdopt } from "./useAdopt";

const PARTS: readonly AdoptPart[] = ["sections", "tables", "figures", "cells", "periodPhrases"];

/**
 * “Nhận diện báo cáo cũ”, on a document with text and no baocao metadata: the agency and period, a preview of
 * what was recognised and what was not (nothing written), the weak figures for the clerk to tick, then the
 * wrapping on confirmation.
 */
export function Adopt(props: { readonly today?: Date; readonly onAdopted: (summary: AdoptSummary) => void }) {
  const { t } = useLanguage();
  const styles = useAdoptStyles();
  const a = useAdopt(props);
  const busy = a.state.kind === "recognising" || a.state.kind === "applying";

  return (
    <section className={styles.root} aria-labelledby="adopt-title">
      <h2 id="adopt-title" className={styles.heading}>
        {t.adopt.title}
      </h2>
      <p className={styles.facts}>{t.adopt.intro}</p>
      <form
        className={styles.form}
        aria-label={t.adopt.title}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void a.recognise();
        }}
      >
        <SelectField
          label={t.status.agency}
          value={a.form.agencyId}
          onChange={a.setAgency}
          options={a.agencies.map((agency) => ({
            value: agency.id,
            label: `${agency.agencyName} ${agency.province}`,
          }))}
        />
        <CheckField label={t.adopt.periodFromTitle} checked={a.form.fromTitle} onChange={a.setFromTitle} />
        {a.form.fromTitle ? null : <PeriodPicker value={a.form.period} onChange={a.setPeriod} />}
        <div className={styles.actions}>
          <ActionButton
            type="submit"
            appearance={a.state.kind === "previewed" ? "secondary" : "primary"}
            disabled={busy || a.agencies.length === 0}
          >
            {t.adopt.recognise}
          </ActionButton>
          {a.state.kind === "recognising" ? <Busy label={t.adopt.recognising} /> : null}
        </div>
      </form>

      {a.state.kind === "failed" ? <FailureNotice failure={a.state.failure} /> : null}
      {a.state.kind === "previewed" || a.state.kind === "applying" ? (
        <Preview
          summary={a.state.summary}
          confirmed={a.state.confirmed}
          applying={a.state.kind === "applying"}
          onToggle={a.toggle}
          onApply={() => void a.apply()}
          onCancel={a.cancel}
        />
      ) : null}
    </section>
  );
}

function Preview(props: {
  readonly summary: AdoptSummary;
  readonly confirmed: ReadonlySet<string>;
  readonly applying: boolean;
  readonly onToggle: (tag: string, checked: boolean) => void;
  readonly onApply: () => void;
  readonly onCancel: () => void;
}) {
  const { t } = useLanguage();
  const styles = useAdoptStyles();
  const table = useTableStyles();
  const sticky = useStickyBarStyles();
  const { summary } = props;
  if (summary.refused)
    return (
      <Notice intent="error" title={t.adopt.refusedTitle}>
        {summary.refused.message} {summary.refused.noPeriod ? t.adopt.noPeriodAction : null}
      </Notice>
    );
  const c = summary.counts;
  return (
    <div className={styles.preview} role="region" aria-label={t.adopt.previewTitle}>
      <h3 className={styles.heading}>{t.adopt.previewTitle}</h3>
      {summary.period ? (
        <p className={styles.facts}>
          {t.adopt.period}: <strong>{t.period.long(summary.period)}</strong>
        </p>
      ) : null}
      <Table size="extra-small" className={table.table} aria-label={t.adopt.previewTitle}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={table.th} scope="col">
              {t.adopt.kind}
            </TableHeaderCell>
            <TableHeaderCell className={mergeClasses(table.th, styles.number)} scope="col">
              {t.adopt.found}
            </TableHeaderCell>
            <TableHeaderCell className={mergeClasses(table.th, styles.number)} scope="col">
              {t.adopt.expected}
            </TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {PARTS.map((part) => (
            <TableRow key={part} className={table.row}>
              <TableCell className={table.td}>{t.adopt.kinds[part]}</TableCell>
              <TableCell className={mergeClasses(table.td, styles.number)}>{c[part].found}</TableCell>
              <TableCell className={mergeClasses(table.td, styles.number)}>{c[part].expected}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Accordion collapsible multiple>
        <Listing
          value="sections"
          title={t.adopt.recognisedSections(summary.sections.length)}
          items={summary.sections}
        />
        <Listing
          value="tables"
          title={t.adopt.recognisedTables(summary.tables.length)}
          items={summary.tables}
        />
        <Listing
          value="phrases"
          title={t.adopt.recognisedPhrases(summary.periodPhrases.length)}
          items={summary.periodPhrases}
        />
      </Accordion>

      {summary.weak.length > 0 ? (
        <fieldset className={styles.weak}>
          <legend className={styles.heading}>{t.adopt.weakTitle(summary.weak.length)}</legend>
          <p className={styles.facts}>{t.adopt.weakBody}</p>
          {summary.weak.map((w) => (
            <Checkbox
              key={w.tag}
              label={w.message}
              checked={props.confirmed.has(w.tag)}
              disabled={props.applying}
              onChange={(_event, data) => props.onToggle(w.tag, data.checked === true)}
            />
          ))}
        </fieldset>
      ) : null}
      {summary.notPlaced.length > 0 ? (
        <Notice intent="warning" title={t.adopt.notPlacedTitle(summary.notPlaced.length)}>
          <ul className={styles.list}>
            {summary.notPlaced.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        </Notice>
      ) : null}
      <div className={sticky.bar}>
        <ActionButton appearance="primary" onClick={props.onApply} disabled={props.applying}>
          {props.confirmed.size > 0 ? t.adopt.applyConfirmed(props.confirmed.size) : t.adopt.apply}
        </ActionButton>
        <ActionButton onClick={props.onCancel} disabled={props.applying}>
          {t.adopt.cancel}
        </ActionButton>
        {props.applying ? <Busy label={t.adopt.applying} /> : null}
      </div>
      <TechnicalDetails>{t.technical.syncs(summary.syncs)}</TechnicalDetails>
    </div>
  );
}

/** A list the clerk may open: what was recognised, by name (an item of Fluent's Accordion). */
function Listing(props: {
  readonly value: string;
  readonly title: string;
  readonly items: readonly string[];
}): ReactNode {
  const styles = useAdoptStyles();
  if (props.items.length === 0) return null;
  return (
    <AccordionItem value={props.value}>
      <AccordionHeader size="small">{props.title}</AccordionHeader>
      <AccordionPanel>
        <ul className={styles.list}>
          {props.items.map((item, i) => (
            <li key={i}>{item}</li>
          ))}
        </ul>
      </AccordionPanel>
    </AccordionItem>
  );
}
