import { mergeClasses } from "@fluentui/react-components";
import { useLanguage } from "../context/LanguageContext";
import { ActionButton } from "../controls/ActionButton";
import { useTableStyles } from "../shared/table.styles";
import { useReviewChangesStyles } from "./ReviewChanges.styles";
import type { ChangeGroup } from "./ReviewChanges.types";

/** The changes of one section, old → new; a row selects its control in the document. */
export function ChangeTable({
  group,
  onSelect,
}: {
  readonly group: ChangeGroup;
  readonly onSelect: (tag: string) => void;
}) {
  const { t } = useLanguage();
  const styles = useReviewChangesStyles();
  const table = useTableStyles();
  return (
    <section className={styles.group} aria-label={group.heading}>
      <h3 className={styles.groupHeading}>{group.heading}</h3>
      <table className={table.table} aria-label={group.heading}>
        <thead>
          <tr>
            <th className={table.th} scope="col">
              {t.review.figure}
            </th>
            <th className={table.th} scope="col">
              {t.review.old}
            </th>
            <th className={table.th} scope="col">
              {t.review.new}
            </th>
          </tr>
        </thead>
        <tbody>
          {group.changes.map((change) => (
            // The label is a button for the keyboard; the whole row answers the mouse.
            <tr
              key={change.tag}
              className={mergeClasses(table.row, styles.row)}
              onClick={() => onSelect(change.tag)}
            >
              <td className={table.td}>
                <ActionButton appearance="transparent" size="small" className={styles.label}>
                  {change.label}
                </ActionButton>
              </td>
              <td className={mergeClasses(table.td, styles.old)}>{change.old || t.review.empty}</td>
              <td className={mergeClasses(table.td, styles.new)}>{change.new || t.review.empty}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
