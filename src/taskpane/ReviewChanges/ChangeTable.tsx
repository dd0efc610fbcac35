import {
  mergeClasses,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import { useLanguage } from "../context/LanguageContext";
import { ActionButton } from "../controls/ActionButton";
import { useTableStyles } from "../shared/table.styles";
import { useReviewChangesStyles } from "./ReviewChanges.styles";
import type { ChangeGroup } from "./ReviewChanges.types";

/** The changes of one section, old → new; a row selects its control in the document. */
export function ChangeTable({
  group,
  onSelect,
  onCorrect,
}: {
  readonly group: ChangeGroup;
  readonly onSelect: (tag: string) => void;
  /** Offered on the figures a clerk may correct by typing: opens their correction. */
  readonly onCorrect?: (tag: string) => (() => void) | undefined;
}) {
  const { t } = useLanguage();
  const styles = useReviewChangesStyles();
  const table = useTableStyles();
  return (
    <section className={styles.group} aria-label={group.heading}>
      <h3 className={styles.groupHeading}>{group.heading}</h3>
      <Table size="extra-small" className={table.table} aria-label={group.heading}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={table.th} scope="col">
              {t.review.figure}
            </TableHeaderCell>
            <TableHeaderCell className={table.th} scope="col">
              {t.review.old}
            </TableHeaderCell>
            <TableHeaderCell className={table.th} scope="col">
              {t.review.new}
            </TableHeaderCell>
            {onCorrect ? (
              <TableHeaderCell className={table.th} scope="col">
                {t.correct.edit}
              </TableHeaderCell>
            ) : null}
          </TableRow>
        </TableHeader>
        <TableBody>
          {group.changes.map((change) => (
            // The label is a button for the keyboard; the whole row answers the mouse.
            <TableRow
              key={change.tag}
              className={mergeClasses(table.row, styles.row)}
              onClick={() => onSelect(change.tag)}
            >
              <TableCell className={table.td}>
                <ActionButton appearance="transparent" size="small" className={styles.label}>
                  {change.label}
                </ActionButton>
              </TableCell>
              <TableCell className={mergeClasses(table.td, styles.old)}>
                {change.old || t.review.empty}
              </TableCell>
              <TableCell className={mergeClasses(table.td, styles.new)}>
                {change.new || t.review.empty}
              </TableCell>
              {onCorrect ? (
                <TableCell className={table.td}>
                  {onCorrect(change.tag) ? (
                    <ActionButton
                      size="small"
                      appearance="subtle"
                      aria-label={t.correct.editNamed(change.label)}
                      onClick={(event) => {
                        event.stopPropagation();
                        onCorrect(change.tag)?.();
                      }}
                    >
                      {t.correct.edit}
                    </ActionButton>
                  ) : null}
                </TableCell>
              ) : null}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}
