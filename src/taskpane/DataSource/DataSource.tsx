import { useFiguresSource } from "../context/FiguresSourceContext";
import { useLanguage } from "../context/LanguageContext";
import { ChoiceGroup } from "../controls/ChoiceGroup";
import type { SettingsStore } from "../shared/settingsStore";
import { useDataSourceStyles } from "./DataSource.styles";
import type { SourceMode } from "./DataSource.types";
import { PasteImport } from "./PasteImport";
import { ServiceLoader } from "./ServiceLoader";
import { useDataSource } from "./useDataSource";

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
        <PasteImport />
      )}
    </div>
  );
}
