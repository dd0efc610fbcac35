import { Spinner } from "@fluentui/react-components";
import { lazy, Suspense } from "react";
import { useFiguresSource } from "../context/FiguresSourceContext";
import { useLanguage } from "../context/LanguageContext";
import { ChoiceGroup } from "../controls/ChoiceGroup";
import type { SettingsStore } from "../shared/settingsStore";
import { useDataSourceStyles } from "./DataSource.styles";
import type { SourceMode } from "./DataSource.types";
import { ServiceLoader } from "./ServiceLoader";
import { useDataSource } from "./useDataSource";

// Reading a paste (its parsers, and the schema that checks the figures it gives) loads when the clerk picks it.
const PasteImport = lazy(() => import("./PasteImport").then((m) => ({ default: m.PasteImport })));

export type DataSourceProps = { readonly settings: SettingsStore; readonly defaultServiceUrl: string };

/** Where the new figures come from: the figures service, or data pasted from a spreadsheet. */
export function DataSource({ settings, defaultServiceUrl }: DataSourceProps) {
  const { t } = useLanguage();
  const styles = useDataSourceStyles();
  const serviceAvailable = useFiguresSource() !== undefined;
  const { mode, setMode } = useDataSource(settings, serviceAvailable);
  return (
    <div className={styles.root}>
      {serviceAvailable ? (
        <ChoiceGroup<SourceMode>
          label={t.dataSource.from}
          value={mode}
          onChange={setMode}
          options={[
            { value: "service", label: t.dataSource.service },
            { value: "paste", label: t.dataSource.paste },
          ]}
        />
      ) : null}
      {mode === "service" ? (
        <ServiceLoader settingsStore={settings} defaultBaseUrl={defaultServiceUrl} />
      ) : (
        <Suspense fallback={<Spinner size="tiny" labelPosition="after" label={t.app.loadingPanel} />}>
          <PasteImport />
        </Suspense>
      )}
    </div>
  );
}
