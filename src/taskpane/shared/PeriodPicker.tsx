import { Field, Input, Radio, RadioGroup, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { PERIOD_KINDS, type Period, type PeriodKind } from "../../domain/period";
import { useLanguage } from "../context/LanguageContext";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  year: { maxWidth: "8rem" },
});

export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;

/** Year and kind of a reporting period: Quý I, 6 tháng, 9 tháng, Năm. */
export function PeriodPicker({ value, onChange }: { readonly value: Period; readonly onChange: (period: Period) => void }) {
  const { t } = useLanguage();
  const styles = useStyles();
  // The clerk types the year digit by digit: keep the text, and report only years that make sense.
  const [yearText, setYearText] = useState(String(value.year));
  useEffect(() => setYearText(String(value.year)), [value.year]);
  return (
    <div className={styles.root}>
      <Field label={t.period.year}>
        <Input
          className={styles.year}
          type="number"
          min={MIN_YEAR}
          max={MAX_YEAR}
          value={yearText}
          onChange={(_, data) => {
            setYearText(data.value);
            const year = Number(data.value);
            if (Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR) onChange({ ...value, year });
          }}
        />
      </Field>
      <Field label={t.period.kind}>
        <RadioGroup layout="horizontal" value={value.kind} onChange={(_, data) => onChange({ ...value, kind: data.value as PeriodKind })}>
          {PERIOD_KINDS.map((kind) => (
            <Radio key={kind} value={kind} label={t.period.kinds[kind]} />
          ))}
        </RadioGroup>
      </Field>
    </div>
  );
}

/** The period a clerk is most likely drafting on a given day: the one whose last month is current or next. */
export function likelyPeriod(today: Date): Period {
  const month = today.getMonth() + 1;
  const kind: PeriodKind = month <= 3 ? "Q1" : month <= 6 ? "H1" : month <= 9 ? "M9" : "Y";
  return { year: today.getFullYear(), kind };
}
