import { MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { useLanguage } from "../context/LanguageContext";
import type { Failure } from "./describeFailure";

export type NoticeProps = {
  readonly intent: "success" | "info" | "warning" | "error";
  readonly title: string;
  readonly children?: ReactNode;
  readonly actions?: ReactNode;
};

/**
 * A result or a problem, as a MessageBar (a group named by its title) inside a live region: screen readers
 * read a problem at once (role="alert") and a result when they are free (role="status").
 */
export function Notice({ intent, title, children, actions }: NoticeProps) {
  return (
    <div role={intent === "error" || intent === "warning" ? "alert" : "status"}>
      <MessageBar intent={intent} layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{title}</MessageBarTitle>
          {children}
        </MessageBarBody>
        {actions ? <MessageBarActions>{actions}</MessageBarActions> : null}
      </MessageBar>
    </div>
  );
}

/** A failure: what happened, then what to do. */
export function FailureNotice({
  failure,
  actions,
}: {
  readonly failure: Failure;
  readonly actions?: ReactNode;
}) {
  const { t } = useLanguage();
  const words = failure.words(t);
  return (
    <Notice intent={failure.intent} title={words.title} actions={actions}>
      {words.detail} {words.action}
    </Notice>
  );
}
