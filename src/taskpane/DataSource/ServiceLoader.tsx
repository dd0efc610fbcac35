import { Button, Field, Input, ProgressBar, Text } from "@fluentui/react-components";
import { useLanguage } from "../context/LanguageContext";
import { agencyDisplayName } from "../shared/templateLookup";
import { FailureNotice, Notice } from "../shared/Notice";
import { useReportDocument } from "../context/ReportDocumentContext";
import type { SettingsStore } from "../shared/settingsStore";
import { useDataSourceStyles } from "./DataSource.styles";
import { useServiceLoader } from "./useServiceLoader";

/** The figures service: its address and key, "Tải số liệu" with progress and "Hủy". */
export function ServiceLoader(props: { readonly settingsStore: SettingsStore; readonly defaultBaseUrl: string }) {
  const { t, lang } = useLanguage();
  const doc = useReportDocument();
  const styles = useDataSourceStyles();
  const s = useServiceLoader(props);
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
        <Text>{t.dataSource.target(agencyDisplayName(doc.agencies, s.target.agencyId), t.period.long(s.target.period))}</Text>
      ) : (
        <Notice intent="info" title={t.dataSource.needTargetTitle}>
          {t.dataSource.needTarget}
        </Notice>
      )}
      <Field label={t.dataSource.baseUrl} hint={t.dataSource.baseUrlHint}>
        <Input type="text" inputMode="url" spellCheck={false} value={s.settings.baseUrl} onChange={(_, data) => s.update({ baseUrl: data.value.trim() })} />
      </Field>
      <Field label={t.dataSource.apiKey} hint={t.dataSource.remembered}>
        <Input type="password" autoComplete="off" value={s.settings.apiKey} onChange={(_, data) => s.update({ apiKey: data.value.trim() })} />
      </Field>
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={loading || !s.target || !s.available}>
          {t.dataSource.load}
        </Button>
        {loading ? (
          <Button type="button" onClick={s.cancel}>
            {t.dataSource.cancel}
          </Button>
        ) : null}
      </div>
      {s.state.kind === "loading" ? (
        <Field
          className={styles.progress}
          label={t.dataSource.loading}
          hint={s.state.receivedBytes > 0 ? t.dataSource.received(kilobytes(s.state.receivedBytes, lang)) : undefined}
          validationState="none"
        >
          <ProgressBar thickness="large" />
        </Field>
      ) : null}
      {s.state.kind === "loaded" ? (
        <Notice intent="success" title={t.dataSource.loadedTitle}>
          {t.dataSource.loaded(s.state.source)}
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
