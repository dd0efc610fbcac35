import { ProgressBar, useId } from "@fluentui/react-components";
import { describeSourceLabel } from "../shared/describeSource";
import { useLanguage } from "../context/LanguageContext";
import { useReportDocument } from "../context/ReportDocumentContext";
import { ActionButton } from "../controls/ActionButton";
import { TextField } from "../controls/TextField";
import { FailureNotice, Notice } from "../shared/Notice";
import type { SettingsStore } from "../shared/settingsStore";
import { agencyDisplayName } from "../shared/templateLookup";
import { useTypography } from "../shared/typography.styles";
import { useDataSourceStyles } from "./DataSource.styles";
import { useServiceLoader } from "./useServiceLoader";

/** The figures service: its address and key, "Tải số liệu" with progress and "Hủy". */
export function ServiceLoader(props: {
  readonly settingsStore: SettingsStore;
  readonly defaultBaseUrl: string;
  readonly defaultApiKey?: string;
}) {
  const { t, lang } = useLanguage();
  const type = useTypography();
  const doc = useReportDocument();
  const styles = useDataSourceStyles();
  const s = useServiceLoader(props);
  const progressId = useId("progress");
  const loading = s.state.kind === "loading";

  return (
    <form
      className={styles.form}
      aria-label={t.dataSource.service}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void s.load();
      }}
    >
      {s.target ? (
        <p className={type.body}>
          {t.dataSource.target(
            agencyDisplayName(doc.agencies, s.target.agencyId),
            t.period.long(s.target.period),
          )}
        </p>
      ) : (
        <Notice intent="info" title={t.dataSource.needTargetTitle}>
          {t.dataSource.needTarget}
        </Notice>
      )}
      <TextField
        label={t.dataSource.baseUrl}
        hint={t.dataSource.baseUrlHint}
        type="text"
        inputMode="url"
        spellCheck={false}
        value={s.settings.baseUrl}
        onChange={(value) => s.update({ baseUrl: value.trim() })}
      />
      <TextField
        label={t.dataSource.apiKey}
        hint={t.dataSource.remembered}
        type="password"
        autoComplete="off"
        value={s.settings.apiKey}
        onChange={(value) => s.update({ apiKey: value.trim() })}
      />
      <div className={styles.actions}>
        <ActionButton type="submit" appearance="primary" disabled={loading || !s.target || !s.available}>
          {t.dataSource.load}
        </ActionButton>
        {loading ? (
          <ActionButton type="button" onClick={s.cancel}>
            {t.dataSource.cancel}
          </ActionButton>
        ) : null}
      </div>
      {s.state.kind === "loading" ? (
        <div className={styles.progress}>
          <span id={progressId} className={type.body}>
            {t.dataSource.loading}
          </span>
          <ProgressBar thickness="large" aria-labelledby={progressId} />
          {s.state.receivedBytes > 0 ? (
            <span className={type.caption}>
              {t.dataSource.received(kilobytes(s.state.receivedBytes, lang))}
            </span>
          ) : null}
        </div>
      ) : null}
      {s.state.kind === "loaded" ? (
        <Notice intent="success" title={t.dataSource.loadedTitle}>
          {t.dataSource.loaded(describeSourceLabel(s.state.source, t))}
        </Notice>
      ) : null}
      {s.state.kind === "cancelled" ? (
        <Notice intent="info" title={t.dataSource.cancelledTitle}>
          {t.dataSource.cancelled}
        </Notice>
      ) : null}
      {s.state.kind === "failed" ? <FailureNotice failure={s.state.failure} /> : null}
    </form>
  );
}

const kilobytes = (bytes: number, lang: "vi" | "en"): string =>
  new Intl.NumberFormat(lang === "vi" ? "vi-VN" : "en-GB", { maximumFractionDigits: 1 }).format(bytes / 1024);
