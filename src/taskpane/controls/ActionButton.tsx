import { Button } from "@fluentui/react-components";
import { forwardRef, type ButtonHTMLAttributes, type ReactElement } from "react";

export type ActionButtonProps = Omit<ButtonHTMLAttributes<HTMLButtonElement>, "type"> & {
  readonly appearance?: "secondary" | "primary" | "subtle" | "transparent";
  readonly size?: "small" | "medium";
  readonly type?: "button" | "submit";
  /** Drawn before the label, hidden from screen readers. */
  readonly icon?: ReactElement;
};

/** Fluent's Button: secondary by default, primary for the step's main action. */
export const ActionButton = forwardRef<HTMLButtonElement, ActionButtonProps>(function ActionButton(
  { appearance = "secondary", size = "medium", type = "button", icon, children, ...rest },
  ref,
) {
  return (
    <Button {...rest} ref={ref} type={type} appearance={appearance} size={size} icon={icon}>
      {children}
    </Button>
  );
});
