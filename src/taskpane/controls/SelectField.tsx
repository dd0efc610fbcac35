import { Field, Select } from "@fluentui/react-components";

export type SelectOption = { readonly value: string; readonly label: string };

/**
 * A labelled drop-down list: Fluent's Field round Fluent's Select (a native select underneath, so the
 * platform's own keyboard and screen-reader behaviour, and Word's own list on touch screens).
 */
export function SelectField(props: {
  readonly label: string;
  readonly hint?: string;
  readonly value: string;
  readonly options: readonly SelectOption[];
  readonly onChange: (value: string) => void;
  readonly size?: "small" | "medium";
  readonly className?: string;
}) {
  return (
    <Field label={props.label} hint={props.hint} size={props.size} className={props.className}>
      <Select value={props.value} size={props.size} onChange={(_, data) => props.onChange(data.value)}>
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </Select>
    </Field>
  );
}
