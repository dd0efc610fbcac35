import { Body1, Caption1, Field, mergeClasses, Spinner, Subtitle2 } from "@fluentui/react-components";
import { useRef, useState, type DragEvent } from "react";
import { useLanguage } from "../context/LanguageContext";
import { ActionButton } from "../controls/ActionButton";
import { FailureNotice, Notice } from "../shared/Notice";
import { useDataSourceStyles } from "./DataSource.styles";
import { useWorkbookImport } from "./useWorkbookImport";
import type { WorkbookReading } from "./workbookFile";

/**
 * An Excel workbook as the source: “Tải sổ số liệu Excel” makes this period's figures workbook for the
 * divisions; a drop zone and “Chọn tệp Excel” take one back. Every problem is listed with its sheet and cell;
 * nothing goes to the review until the workbook is valid, or the clerk takes its valid part.
 */
export function WorkbookImport() {
  const { t } = useLanguage();
  const styles = useDataSourceStyles();
  const w = useWorkbookImport();
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);

  if (!w.target) {
    return (
      <Notice intent="info" title={t.dataSource.needTargetTitle}>
        {t.dataSource.needTarget}
      </Notice>
    );
  }
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) void w.takeFile(file);
  };
  const read = w.read;
  return (
    <div className={styles.form}>
      {w.baseFailure ? <FailureNotice failure={w.baseFailure} /> : null}
      {w.failure ? <FailureNotice failure={w.failure} /> : null}
      <section className={styles.form} aria-label={t.dataSource.exportTitle}>
        <Subtitle2>{t.dataSource.exportTitle}</Subtitle2>
        <Body1>{t.dataSource.exportHint}</Body1>
        <div className={styles.actions}>
          <ActionButton onClick={() => void w.exportWorkbook()} disabled={w.made.kind === "busy"}>
            {t.dataSource.export}
          </ActionButton>
          {w.made.kind === "busy" ? <Spinner size="tiny" labelPosition="after" label={t.dataSource.exporting} /> : null}
        </div>
        {w.made.kind === "done" ? (
          <Notice intent="success" title={t.dataSource.exportedTitle}>
            {t.dataSource.exported(w.made.name)}
          </Notice>
        ) : null}
      </section>
      <Field label={t.dataSource.importLabel} hint={t.dataSource.importHint}>
        <div
          className={mergeClasses(styles.dropZone, dragging && styles.dropZoneActive)}
          data-testid="workbook-drop"
          onDragOver={(event) => {
            event.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
        >
          <ActionButton appearance="primary" onClick={() => input.current?.click()} disabled={read.kind === "reading"}>
            {t.dataSource.chooseFile}
          </ActionButton>
          <input
            ref={input}
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-label={t.dataSource.chooseFile}
            className={styles.fileInput}
            tabIndex={-1}
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = "";
              if (file) void w.takeFile(file);
            }}
          />
        </div>
      </Field>
      {read.kind === "reading" ? <Spinner size="tiny" labelPosition="after" label={t.dataSource.reading(read.name)} /> : null}
      {read.kind === "notWorkbook" ? (
        <Notice intent="error" title={t.dataSource.workbookInvalidTitle(read.name)}>
          {t.dataSource.notWorkbook}
        </Notice>
      ) : null}
      {read.kind === "read" ? (
        <WorkbookResult reading={read.reading} onUse={w.useWhole} onUseValidPart={w.useValidPart} />
      ) : null}
      {w.used !== undefined ? (
        <Notice intent="success" title={t.dataSource.workbookUsedTitle}>
          {t.dataSource.pasted(w.used)}
        </Notice>
      ) : null}
    </div>
  );
}

function WorkbookResult(props: {
  readonly reading: WorkbookReading;
  readonly onUse: () => void;
  readonly onUseValidPart: () => void;
}) {
  const { t } = useLanguage();
  const styles = useDataSourceStyles();
  const { reading } = props;
  return (
    <>
      {reading.figures ? (
        <Notice intent="success" title={t.dataSource.readTitle(reading.name)}>
          {t.dataSource.read(reading.count, reading.sheetsRead)}
        </Notice>
      ) : (
        <Notice
          intent="error"
          title={t.dataSource.workbookInvalidTitle(reading.name)}
          actions={
            reading.validPart ? (
              <ActionButton size="small" onClick={props.onUseValidPart}>
                {t.dataSource.useValidPart(reading.validCount)}
              </ActionButton>
            ) : undefined
          }
        >
          {t.dataSource.workbookInvalid(reading.errorCount)}
        </Notice>
      )}
      {reading.problems.length > 0 ? (
        <ul className={styles.problems} aria-label={t.dataSource.workbookProblems(reading.problems.length)}>
          {reading.problems.map((p, k) => (
            <li key={k} className={p.issue.severity === "warning" ? styles.warning : undefined}>
              <Caption1>{p.text}</Caption1>
            </li>
          ))}
        </ul>
      ) : null}
      {reading.figures ? (
        <div className={styles.actions}>
          <ActionButton appearance="primary" onClick={props.onUse}>
            {t.dataSource.use}
          </ActionButton>
        </div>
      ) : null}
    </>
  );
}
