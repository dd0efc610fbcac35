import { useState } from "react";
import { Adopt } from "../Adopt/Adopt";
import { useLanguage } from "../context/LanguageContext";
import { ActionButton } from "../controls/ActionButton";
import { CheckField } from "../controls/CheckField";
import { SelectField } from "../controls/SelectField";
import type { AdoptSummary } from "../services/ReportDocument";
import { Busy } from "../shared/Busy";
import { TechnicalDetails } from "../shared/TechnicalDetails";
import { FailureNotice, Notice } from "../shared/Notice";
import { PeriodPicker } from "../shared/PeriodPicker";
import { useStickyBarStyles } from "../shared/stickyBar.styles";
import { useTypography } from "../shared/typography.styles";
import { useDocumentStatusStyles } from "./DocumentStatus.styles";
import { useDocumentStatus } from "./useDocumentStatus";

/** What the open document is: a blank page (with the insert form), someone else's text, or a report. */
export function DocumentStatus({ today }: { readonly today?: Date }) {
  const { t } = useLanguage();
  const type = useTypography();
  const styles = useDocumentStatusStyles();
  const sticky = useStickyBarStyles();
  const s = useDocumentStatus(today ? { today } : {});
  // Adopting turns this document into a report: the result outlives the form it came from.
  const [adopted, setAdopted] = useState<AdoptSummary | undefined>(undefined);
  const reload = (
    <ActionButton size="small" onClick={s.reload}>
      {t.status.reload}
    </ActionButton>
  );

  return (
    <div className={styles.root}>
      {s.status.state === "loading" ? <Busy label={t.status.loading} /> : null}
      {s.statusFailure ? <FailureNotice failure={s.statusFailure} actions={reload} /> : null}

      {s.report ? (
        <>
          <dl className={styles.facts}>
            {s.lines.map((line) => (
              <div key={line.label} className={styles.pair}>
                <dt className={styles.term}>{line.label}</dt>
                <dd className={styles.definition}>{line.value}</dd>
              </div>
            ))}
          </dl>
          {s.report.limitation ? (
            <Notice intent="warning" title={t.status.limitationTitle}>
              {s.report.limitation}
            </Notice>
          ) : null}
          {s.missingSections.length > 0 ? (
            <Notice intent="warning" title={t.status.missingTitle(s.missingSections.length)}>
              {t.status.missingBody(s.missingSections.join("; "))}
            </Notice>
          ) : null}
          <div className={styles.actions}>{reload}</div>
        </>
      ) : null}

      {adopted ? (
        <Notice intent="success" title={t.adopt.doneTitle}>
          {t.adopt.done(
            adopted.counts.sections.found,
            adopted.counts.tables.found,
            adopted.counts.figures.found,
          )}
          <TechnicalDetails>{t.technical.syncs(adopted.syncs)}</TechnicalDetails>
        </Notice>
      ) : null}

      {s.status.state === "ready" && s.status.value.kind === "foreign" ? (
        <>
          <Notice intent="warning" title={t.status.foreignTitle} actions={reload}>
            {t.status.foreignBody}
          </Notice>
          <Adopt {...(today ? { today } : {})} onAdopted={setAdopted} />
        </>
      ) : null}

      {s.status.state === "ready" && s.status.value.kind === "blank" ? (
        <form
          className={styles.form}
          aria-label={t.status.insert}
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void s.insertTemplate();
          }}
        >
          <p className={type.strong}>{t.status.blankTitle}</p>
          <p className={type.body}>{t.status.blankBody}</p>
          <SelectField
            label={t.status.agency}
            hint={s.agencies.length === 0 ? t.status.noAgencies : undefined}
            value={s.form.agencyId}
            onChange={s.setAgency}
            options={s.agencies.map((agency) => ({
              value: agency.id,
              label: `${agency.agencyName} ${agency.province}`,
            }))}
          />
          <PeriodPicker value={s.form.period} onChange={s.setPeriod} />
          {s.loadedFits ? (
            <CheckField
              checked={s.form.fillWithLoaded}
              onChange={s.setFillWithLoaded}
              label={t.status.fillWithLoaded}
            />
          ) : null}
          <div className={sticky.bar}>
            <ActionButton
              type="submit"
              appearance="primary"
              disabled={s.insert.kind === "running" || s.agencies.length === 0}
            >
              {t.status.insert}
            </ActionButton>
            {s.insert.kind === "running" ? <Busy label={t.status.inserting} /> : null}
          </div>
        </form>
      ) : null}

      {s.insert.kind === "done" ? (
        <Notice intent="success" title={t.status.insertedTitle}>
          {t.status.inserted(s.insert.period)}
        </Notice>
      ) : null}
      {s.insert.kind === "failed" ? <FailureNotice failure={s.insert.failure} /> : null}
    </div>
  );
}
