import { mergeClasses, useId } from "@fluentui/react-components";
import type { InputHTMLAttributes } from "react";
import { useControlStyles } from "./controls.styles";

export type TextFieldProps = {
  readonly label: string;
  readonly hint?: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly className?: string;
} & Pick<
  InputHTMLAttributes<HTMLInputElement>,
  "type" | "inputMode" | "autoComplete" | "min" | "max" | "spellCheck" | "disabled"
>;

/** A labelled one-line input with an optional hint (described by it). */
export function TextField({ label, hint, value, onChange, className, ...input }: TextFieldProps) {
  const styles = useControlStyles();
  const id = useId("text");
  return (
    <div className={mergeClasses(styles.field, className)}>
      <label htmlFor={id} className={styles.label}>
        {label}
      </label>
      <input
        {...input}
        id={id}
        className={styles.control}
        value={value}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      {hint ? (
        <span id={`${id}-hint`} className={styles.hint}>
          {hint}
        </span>
      ) : null}
    </div>
  );
}
