import { mergeClasses, useId } from "@fluentui/react-components";
import { useControlStyles } from "./controls.styles";

/** A labelled multi-line text box (the paste box), its hint describing it. */
export function TextAreaField(props: {
  readonly label: string;
  readonly hint?: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly className?: string;
}) {
  const styles = useControlStyles();
  const id = useId("textarea");
  return (
    <div className={styles.field}>
      <label htmlFor={id} className={styles.label}>
        {props.label}
      </label>
      <textarea
        id={id}
        className={mergeClasses(styles.control, styles.textarea, props.className)}
        value={props.value}
        spellCheck={false}
        aria-describedby={props.hint ? `${id}-hint` : undefined}
        onChange={(event) => props.onChange(event.target.value)}
      />
      {props.hint ? (
        <span id={`${id}-hint`} className={styles.hint}>
          {props.hint}
        </span>
      ) : null}
    </div>
  );
}
