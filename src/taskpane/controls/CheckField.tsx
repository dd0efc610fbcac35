import { useControlStyles } from "./controls.styles";

/** A labelled check box. */
export function CheckField(props: {
  readonly label: string;
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
}) {
  const styles = useControlStyles();
  return (
    <label className={styles.choice}>
      <input
        type="checkbox"
        className={styles.mark}
        checked={props.checked}
        onChange={(event) => props.onChange(event.target.checked)}
      />
      {props.label}
    </label>
  );
}
