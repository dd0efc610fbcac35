import { Field, Radio, RadioGroup } from "@fluentui/react-components";
import type { SelectOption } from "./SelectField";

/**
 * One choice among a few: Fluent's RadioGroup in a Field (arrow keys move between the choices, the group is
 * named by the label).
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
  const group = (
    <RadioGroup
      value={props.value}
      layout={props.layout === "vertical" ? "vertical" : "horizontal"}
      aria-label={props.labelHidden ? props.label : undefined}
      onChange={(_, data) => props.onChange(data.value as T)}
    >
      {props.options.map((option) => (
        <Radio key={option.value} value={option.value} label={option.label} />
      ))}
    </RadioGroup>
  );
  return props.labelHidden ? group : <Field label={props.label}>{group}</Field>;
}
