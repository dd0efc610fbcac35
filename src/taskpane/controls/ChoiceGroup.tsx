import { mergeClasses, useId } from "@fluentui/react-components";
import type { SelectOption } from "./SelectField";
import { useControlStyles } from "./controls.styles";

/**
 * One choice among a few, as radio buttons in a labelled radio group (arrow keys move between them, as the
 * browser gives native radios).
 */
export function ChoiceGroup<T extends string>(props: {
  readonly label: string;
  /** Hide the label visually (it still names the group), when the context already says it. */
  readonly labelHidden?: boolean;
  readonly value: T;
  readonly options: readonly (SelectOption & { readonly value: T })[];
  readonly onChange: (value: T) => void;
  readonly layout?: "horizontal" | "vertical";
}) {
  const styles = useControlStyles();
  const id = useId("choice");
  return (
    <div className={styles.field}>
      {props.labelHidden ? null : (
        <span id={`${id}-label`} className={styles.label}>
          {props.label}
        </span>
      )}
      <div
        role="radiogroup"
        aria-labelledby={props.labelHidden ? undefined : `${id}-label`}
        aria-label={props.labelHidden ? props.label : undefined}
        className={mergeClasses(styles.choices, props.layout === "vertical" && styles.vertical)}
      >
        {props.options.map((option) => (
          <label key={option.value} className={styles.choice}>
            <input
              type="radio"
              className={styles.mark}
              name={id}
              value={option.value}
              checked={props.value === option.value}
              onChange={() => props.onChange(option.value)}
            />
            {option.label}
          </label>
        ))}
      </div>
    </div>
  );
}
