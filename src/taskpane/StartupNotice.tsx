import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { HostState } from "../word/host/detectHost";
import { stringsVi } from "./i18n/strings.vi";
import { useTypography } from "./shared/typography.styles";

/**
 * Says where the pane runs; outside Word it says that Word is needed. It shows before the pane (and its
 * language setting) exists, so it speaks the default language.
 */
export function StartupNotice({ host }: { readonly host: HostState }) {
  const type = useTypography();
  const t = stringsVi;
  return (
    <main>
      <h1 className={type.title}>{t.app.title}</h1>
      {host === "word" ? (
        <MessageBar intent="success">
          <MessageBarBody>
            <MessageBarTitle>{t.startup.inWordTitle}</MessageBarTitle>
            {t.startup.inWord}
          </MessageBarBody>
        </MessageBar>
      ) : (
        <MessageBar intent="warning">
          <MessageBarBody>
            <MessageBarTitle>{t.startup.needsWordTitle}</MessageBarTitle>
            {t.startup.needsWord}
          </MessageBarBody>
        </MessageBar>
      )}
    </main>
  );
}
