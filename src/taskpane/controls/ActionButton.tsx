import { mergeClasses } from "@fluentui/react-components";
import { forwardRef, type ButtonHTMLAttributes, type ReactNode } from "react";
import { useActionButtonStyles } from "./ActionButton.styles";

export type ActionButtonProps = Omit<ButtonHTMLAttributes<HTMLButtonElement>, "type"> & {
  readonly appearance?: "secondary" | "primary" | "subtle" | "transparent";
  readonly size?: "small" | "medium";
  readonly type?: "button" | "submit";
  /** Drawn before the label, hidden from screen readers. */
  readonly icon?: ReactNode;
};

/** A button in Fluent's look: secondary by default, primary for the step's main action. */
export const ActionButton = forwardRef<HTMLButtonElement, ActionButtonProps>(function ActionButton(
  { appearance = "secondary", size = "medium", type = "button", icon, className, children, ...rest },
  ref,
) {
  const styles = useActionButtonStyles();
  return (
    <button
      {...rest}
      ref={ref}
      type={type}
      className={mergeClasses(
        styles.root,
        appearance !== "secondary" && styles[appearance],
        size === "small" && styles.small,
        className,
      )}
    >
      {icon}
      {children}
    </button>
  );
});
