import { Button, Field, Select, Textarea } from "@fluentui/react-components";
import { useLanguage } from "../context/LanguageContext";
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
      <Field label={t.dataSource.pasteLabel} hint={t.dataSource.pasteHint}>
        <Textarea
          className={styles.textarea}
          resize="vertical"
          value={p.text}
          onChange={(_, data) => p.setText(data.value)}
          textarea={{ spellCheck: false }}
        />
      </Field>
      {reading?.needsTable || p.table !== undefined ? (
        <Field label={t.dataSource.table} hint={reading?.needsTable ? t.dataSource.tableNeeded : undefined}>
          <Select value={p.table ?? ""} onChange={(_, data) => p.setTable(data.value === "" ? undefined : data.value)}>
            <option value="">{t.dataSource.tableAuto}</option>
            {p.tables.map((table) => (
              <option key={table.id} value={table.id}>
                {t.dataSource.kinds.table(table.id, table.title)}
              </option>
            ))}
          </Select>
        </Field>
      ) : null}
      {errors ? (
        <Notice intent="error" title={t.dataSource.invalidTitle}>
          {t.dataSource.issuesTitle(reading.problems.length)}. {t.dataSource.invalidAction}
        </Notice>
      ) : null}
      {reading ? <PastePreview reading={reading} /> : null}
      {reading?.figures ? (
        <div className={styles.actions}>
          <Button appearance="primary" onClick={p.use} disabled={p.stale}>
            {t.dataSource.use}
          </Button>
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
