import { Field, Textarea } from "@fluentui/react-components";

/** A labelled multi-line text box (the paste box), its hint describing it: Fluent's Field round a Textarea. */
export function TextAreaField(props: {
  readonly label: string;
  readonly hint?: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly className?: string;
}) {
  return (
    <Field label={props.label} hint={props.hint}>
      <Textarea
        textarea={{ className: props.className, spellCheck: false }}
        resize="vertical"
        value={props.value}
        onChange={(_, data) => props.onChange(data.value)}
      />
    </Field>
  );
}
