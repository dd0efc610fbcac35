import { Component, type ErrorInfo, type ReactNode } from "react";
import { useLanguage } from "../context/LanguageContext";
import { ActionButton } from "../controls/ActionButton";
import { Notice } from "./Notice";
import { errorDetail } from "./describeFailure";

type Props = { readonly children: ReactNode; readonly onError?: (error: unknown, info: ErrorInfo) => void };
type State = { readonly error: unknown; readonly failed: boolean; readonly attempt: number };

/**
 * The last resort around each panel: an exception while rendering shows a message with "Thử lại" in place of
 * that panel; the other panels keep working.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: undefined, failed: false, attempt: 0 };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error, failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    this.props.onError?.(error, info);
  }

  private readonly retry = () =>
    this.setState((s) => ({ error: undefined, failed: false, attempt: s.attempt + 1 }));

  override render() {
    if (this.state.failed) return <CrashNotice error={this.state.error} onRetry={this.retry} />;
    // A new key on retry mounts the panel afresh, so it does not resume from the state that failed.
    return <div key={this.state.attempt}>{this.props.children}</div>;
  }
}

function CrashNotice({ error, onRetry }: { readonly error: unknown; readonly onRetry: () => void }) {
  const { t } = useLanguage();
  return (
    <Notice
      intent="error"
      title={t.failures.crashTitle}
      actions={
        <ActionButton appearance="primary" size="small" onClick={onRetry}>
          {t.failures.retry}
        </ActionButton>
      }
    >
      {errorDetail(error, t)} {t.failures.crashAction}
    </Notice>
  );
}
