import { useLanguage } from "../context/LanguageContext";
import { ActionButton } from "../controls/ActionButton";
import { SelectField } from "../controls/SelectField";
import { TextAreaField } from "../controls/TextAreaField";
import { FailureNotice, Notice } from "../shared/Notice";
import { useDataSourceStyles } from "./DataSource.styles";
import { PastePreview } from "./PastePreview";
import { usePasteImport } from "./usePasteImport";

/** Pasted data: the text box, the table picker when needed, the preview with its problems, and "Dùng số liệu này". */
export function PasteImport() {
  const { t } = useLanguage();
  const styles = useDataSourceStyles();
  const p = usePasteImport();
  const reading = p.reading;
  const errors = reading !== undefined && reading.problems.length > 0 && reading.figures === undefined;

  if (!p.target) {
    return (
      <Notice intent="info" title={t.dataSource.needTargetTitle}>
        {t.dataSource.needTarget}
      </Notice>
    );
  }
  return (
    <div className={styles.form}>
      {p.baseFailure ? <FailureNotice failure={p.baseFailure} /> : null}
      <TextAreaField
        label={t.dataSource.pasteLabel}
        hint={t.dataSource.pasteHint}
        className={styles.textarea}
        value={p.text}
        onChange={p.setText}
      />
      {reading?.needsTable || p.table !== undefined ? (
        <SelectField
          label={t.dataSource.table}
          hint={reading?.needsTable ? t.dataSource.tableNeeded : undefined}
          value={p.table ?? ""}
          onChange={(value) => p.setTable(value === "" ? undefined : value)}
          options={[
            { value: "", label: t.dataSource.tableAuto },
            ...p.tables.map((table) => ({
              value: table.id,
              label: t.dataSource.kinds.table(table.title),
            })),
          ]}
        />
      ) : null}
      {errors ? (
        <Notice intent="error" title={t.dataSource.invalidTitle}>
          {t.dataSource.issuesTitle(reading.problems.length)}. {t.dataSource.invalidAction}
        </Notice>
      ) : null}
      {reading ? <PastePreview reading={reading} /> : null}
      {reading?.figures ? (
        <div className={styles.actions}>
          <ActionButton appearance="primary" onClick={p.use} disabled={p.stale}>
            {t.dataSource.use}
          </ActionButton>
        </div>
      ) : null}
      {p.used !== undefined ? (
        <Notice intent="success" title={t.dataSource.pastedTitle}>
          {t.dataSource.pasted(p.used)}
        </Notice>
      ) : null}
    </div>
  );
}
