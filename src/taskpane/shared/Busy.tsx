import { Spinner } from "@fluentui/react-components";

/** "Đang …": a work in progress, Fluent's Spinner with its label, said to screen readers as a status. */
export function Busy({ label }: { readonly label: string }) {
  return (
    <span role="status">
      <Spinner size="tiny" labelPosition="after" label={label} />
    </span>
  );
}
