import { mergeClasses, useId } from "@fluentui/react-components";
import { useControlStyles } from "./controls.styles";

export type SelectOption = { readonly value: string; readonly label: string };

/** A labelled drop-down list (a native select: the platform's own keyboard and screen-reader behaviour). */
export function SelectField(props: {
  readonly label: string;
  readonly hint?: string;
  readonly value: string;
  readonly options: readonly SelectOption[];
  readonly onChange: (value: string) => void;
  readonly size?: "small" | "medium";
  readonly className?: string;
}) {
  const styles = useControlStyles();
  const id = useId("select");
  const small = props.size === "small";
  return (
    <div className={mergeClasses(styles.field, props.className)}>
      <label htmlFor={id} className={mergeClasses(styles.label, small && styles.small)}>
        {props.label}
      </label>
      <select
        id={id}
        className={mergeClasses(styles.control, small && styles.smallControl)}
        value={props.value}
        aria-describedby={props.hint ? `${id}-hint` : undefined}
        onChange={(event) => props.onChange(event.target.value)}
      >
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {props.hint ? (
        <span id={`${id}-hint`} className={styles.hint}>
          {props.hint}
        </span>
      ) : null}
    </div>
  );
}
