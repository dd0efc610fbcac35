import { Field, Input } from "@fluentui/react-components";
import type { InputHTMLAttributes } from "react";

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

/** A labelled one-line input with an optional hint: Fluent's Field round Fluent's Input. */
export function TextField({ label, hint, value, onChange, className, type, ...input }: TextFieldProps) {
  return (
    <Field label={label} hint={hint} className={className}>
      <Input
        {...input}
        type={type as "text" | "password" | "url" | "number" | undefined}
        value={value}
        onChange={(_, data) => onChange(data.value)}
      />
    </Field>
  );
}
