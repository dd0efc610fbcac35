import { makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { PERIOD_KINDS, type Period, type PeriodKind } from "../../domain/period";
import { useLanguage } from "../context/LanguageContext";
import { ChoiceGroup } from "../controls/ChoiceGroup";
import { TextField } from "../controls/TextField";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  year: { maxWidth: "8rem" },
});

export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;

/** Year and kind of a reporting period: Quý I, 6 tháng, 9 tháng, Năm. */
export function PeriodPicker({
  value,
  onChange,
}: {
  readonly value: Period;
  readonly onChange: (period: Period) => void;
}) {
  const { t } = useLanguage();
  const styles = useStyles();
  // The clerk types the year digit by digit: keep the text, and report only years that make sense.
  const [yearText, setYearText] = useState(String(value.year));
  useEffect(() => setYearText(String(value.year)), [value.year]);
  return (
    <div className={styles.root}>
      <TextField
        label={t.period.year}
        className={styles.year}
        type="number"
        min={MIN_YEAR}
        max={MAX_YEAR}
        value={yearText}
        onChange={(text) => {
          setYearText(text);
          const year = Number(text);
          if (Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR) onChange({ ...value, year });
        }}
      />
      <ChoiceGroup<PeriodKind>
        label={t.period.kind}
        value={value.kind}
        onChange={(kind) => onChange({ ...value, kind })}
        options={PERIOD_KINDS.map((kind) => ({ value: kind, label: t.period.kinds[kind] }))}
      />
    </div>
  );
}
/** The period a clerk is most likely drafting on a given day: the one whose last month is current or next. */
export function likelyPeriod(today: Date): Period {
  const month = today.getMonth() + 1;
  const kind: PeriodKind = month <= 3 ? "Q1" : month <= 6 ? "H1" : month <= 9 ? "M9" : "Y";
  return { year: today.getFullYear(), kind };
}
