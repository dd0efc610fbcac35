import { Checkbox } from "@fluentui/react-components";

/** A labelled check box (Fluent's Checkbox). */
export function CheckField(props: {
  readonly label: string;
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
}) {
  return (
    <Checkbox
      label={props.label}
      checked={props.checked}
      onChange={(_, data) => props.onChange(data.checked === true)}
    />
  );
}
