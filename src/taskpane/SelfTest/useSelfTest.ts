import { useState } from "react";
import { selfTestText, type SelfTestCheck, type SelfTestReport, type SelfTestRunner } from "../services/SelfTestRunner";

export type SelfTestState =
  | { readonly kind: "idle" }
  | { readonly kind: "confirming" }
  | { readonly kind: "running"; readonly checks: readonly SelfTestCheck[] }
  | { readonly kind: "done"; readonly report: SelfTestReport }
  | { readonly kind: "notBlank" }
  | { readonly kind: "failed"; readonly error: unknown };

/** The self-test's steps: a confirmation where it writes into a blank document, the checks as they end, the report. */
export function useSelfTest(runner: SelfTestRunner) {
  const [state, setState] = useState<SelfTestState>({ kind: "idle" });
  const [copied, setCopied] = useState<"copied" | "failed" | undefined>(undefined);

  const run = async () => {
    const seen: SelfTestCheck[] = [];
    setCopied(undefined);
    setState({ kind: "running", checks: [] });
    try {
      const report = await runner.run((check) => {
        seen.push(check);
        setState({ kind: "running", checks: [...seen] });
      });
      setState({ kind: "done", report });
    } catch (error) {
      setState(error instanceof Error && error.name === "NotBlankDocument" ? { kind: "notBlank" } : { kind: "failed", error });
    }
  };

  return {
    state,
    copied,
    /** The button: straight to the run on a hidden document, else the clerk confirms first. */
    start: () => (runner.scratch === "hidden" ? void run() : setState({ kind: "confirming" })),
    confirm: () => void run(),
    cancel: () => setState({ kind: "idle" }),
    copy: async (report: SelfTestReport) => {
      try {
        await navigator.clipboard.writeText(selfTestText(report));
        setCopied("copied");
      } catch {
        setCopied("failed");
      }
    },
  };
}
