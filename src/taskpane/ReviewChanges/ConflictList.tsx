import { useLanguage } from "../context/LanguageContext";
import { ActionButton } from "../controls/ActionButton";
import { ChoiceGroup } from "../controls/ChoiceGroup";
import { useTypography } from "../shared/typography.styles";
import { useReviewChangesStyles } from "./ReviewChanges.styles";
import type { ConflictChoice, LabelledConflict } from "./ReviewChanges.types";

/** Figures edited by hand that the new figures would change: keep the edit (the default) or overwrite it. */
export function ConflictList(props: {
  readonly conflicts: readonly LabelledConflict[];
  readonly choiceOf: (tag: string) => ConflictChoice;
  readonly onChoose: (tag: string, choice: ConflictChoice) => void;
  readonly onSelect: (tag: string) => void;
}) {
  const { t } = useLanguage();
  const type = useTypography();
  const styles = useReviewChangesStyles();
  return (
    <section className={styles.group} aria-label={t.review.conflictsTitle}>
      <h3 className={styles.groupHeading}>{t.review.conflictsTitle}</h3>
      <span className={type.caption}>{t.review.conflictsBody}</span>
      {props.conflicts.map((conflict) => (
        <div key={conflict.tag} className={styles.conflict}>
          <ActionButton
            appearance="transparent"
            size="small"
            className={styles.label}
            onClick={() => props.onSelect(conflict.tag)}
          >
            {conflict.label}
          </ActionButton>
          <p className={type.body}>
            {t.review.inDocument}: <strong>{conflict.current || t.review.empty}</strong> {t.review.arrow}{" "}
            {t.review.new}: <strong>{conflict.new || t.review.empty}</strong>
          </p>
          <ChoiceGroup<ConflictChoice>
            label={conflict.label}
            labelHidden
            layout="vertical"
            value={props.choiceOf(conflict.tag)}
            onChange={(choice) => props.onChoose(conflict.tag, choice)}
            options={[
              { value: "keep", label: t.review.keep },
              { value: "overwrite", label: t.review.overwrite },
            ]}
          />
        </div>
      ))}
    </section>
  );
}
