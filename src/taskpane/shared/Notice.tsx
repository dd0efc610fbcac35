import { MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { Failure } from "./describeFailure";

export type NoticeProps = {
  readonly intent: "success" | "info" | "warning" | "error";
  readonly title: string;
  readonly children?: ReactNode;
  readonly actions?: ReactNode;
};

/**
 * A result or a problem, as a MessageBar: a group named by its title, announced to screen readers through
 * the pane's live announcer (politely for information, assertively for problems).
 */
export function Notice({ intent, title, children, actions }: NoticeProps) {
  return (
    <MessageBar intent={intent} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {children}
      </MessageBarBody>
      {actions ? <MessageBarActions>{actions}</MessageBarActions> : null}
    </MessageBar>
  );
}

/** A failure: what happened, then what to do. */
export function FailureNotice({ failure, actions }: { readonly failure: Failure; readonly actions?: ReactNode }) {
  return (
    <Notice intent={failure.intent} title={failure.title} actions={actions}>
      {failure.detail} {failure.action}
    </Notice>
  );
}
