import {
  mergeClasses,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  useId,
} from "@fluentui/react-components";
import { useLanguage } from "../context/LanguageContext";
import { useTableStyles } from "../shared/table.styles";
import { useTypography } from "../shared/typography.styles";
import { useDataSourceStyles } from "./DataSource.styles";
import type { FieldsPreview, PasteReading, TablePreview } from "./DataSource.types";

/** Rows shown in the preview; a longer paste is still read whole. */
const MAX_ROWS = 200;

/** The pasted data as read: the grid with each bad cell marked and described, the column mapping, the problems. */
export function PastePreview({ reading }: { readonly reading: PasteReading }) {
  const { t } = useLanguage();
  const styles = useDataSourceStyles();
  const problemId = useId("paste-problem");
  const cellProblemId = (line: number, col: number) => `${problemId}-${line}-${col}`;
  const { preview } = reading;

  return (
    <>
      {preview?.kind === "table" ? <GridPreview preview={preview} idOf={cellProblemId} /> : null}
      {preview?.kind === "fields" ? <FieldsTable preview={preview} /> : null}
      {reading.problems.length > 0 ? (
        <ul className={styles.problems} aria-label={t.dataSource.issuesTitle(reading.problems.length)}>
          {reading.problems.map((p, k) => {
            const [head, line, col] = p.issue.path;
            const id =
              head === "paste" && typeof line === "number"
                ? cellProblemId(line, typeof col === "number" ? col : 0)
                : undefined;
            return (
              <li key={k} id={id}>
                {p.text}
              </li>
            );
          })}
        </ul>
      ) : null}
    </>
  );
}

function GridPreview({
  preview,
  idOf,
}: {
  readonly preview: TablePreview;
  readonly idOf: (line: number, col: number) => string;
}) {
  const { t } = useLanguage();
  const type = useTypography();
  const styles = useDataSourceStyles();
  const table = useTableStyles();
  const width = preview.rows[0]?.length ?? 0;
  return (
    <>
      {preview.tableId ? (
        <p className={type.strong}>
          {t.dataSource.readAs(t.dataSource.kinds.table(preview.tableTitle ?? preview.tableId))}
        </p>
      ) : null}
      <div className={styles.gridScroll}>
        <Table
          size="extra-small"
          className={table.table}
          aria-label={t.dataSource.previewCaption(preview.rows.length, width)}
        >
          <TableHeader>
            <TableRow>
              {Array.from({ length: width }, (_, col) => (
                <TableHeaderCell key={col} className={mergeClasses(table.th, styles.cell)} scope="col">
                  {t.dataSource.pastedColumn(col + 1)}
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {preview.rows.slice(0, MAX_ROWS).map((row, line) => (
              <TableRow key={line}>
                {row.map((cell, col) => {
                  const bad = cell.problems.length > 0;
                  const header = line < preview.headerRows;
                  return (
                    <TableCell
                      key={col}
                      className={mergeClasses(
                        table.td,
                        styles.cell,
                        header && styles.headerCell,
                        bad && styles.badCell,
                      )}
                      aria-describedby={bad ? idOf(line, col) : undefined}
                      data-problem={bad ? "true" : undefined}
                    >
                      {cell.text}
                      {bad ? (
                        <span className={styles.cellMark} aria-hidden="true">
                          !
                        </span>
                      ) : null}
                    </TableCell>
                  );
                })}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      {preview.mapping.length > 0 ? (
        <>
          <p className={type.strong}>{t.dataSource.mappingTitle}</p>
          <ul className={styles.mapping} aria-label={t.dataSource.mappingTitle}>
            {preview.mapping.map((target, col) => (
              <li key={col}>
                {t.dataSource.pastedColumn(col + 1)} → {target ?? t.dataSource.unmapped}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}

function FieldsTable({ preview }: { readonly preview: FieldsPreview }) {
  const { t } = useLanguage();
  const styles = useDataSourceStyles();
  const table = useTableStyles();
  if (preview.entries.length === 0) return null;
  return (
    <div className={styles.gridScroll}>
      <Table size="extra-small" className={table.table} aria-label={t.dataSource.fieldsTitle}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={table.th} scope="col">
              {t.review.figure}
            </TableHeaderCell>
            <TableHeaderCell className={table.th} scope="col">
              {t.review.new}
            </TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {preview.entries.map((entry) => (
            <TableRow key={entry.key}>
              <TableCell className={table.td}>{entry.label}</TableCell>
              <TableCell className={table.td}>{entry.value}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
