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
// The workbook panel loads when the clerk picks it; exceljs itself only when a workbook is made or read.
const WorkbookImport = lazy(() => import("./WorkbookImport").then((m) => ({ default: m.WorkbookImport })));

export type DataSourceProps = {
  readonly settings: SettingsStore;
  readonly defaultServiceUrl: string;
  readonly defaultApiKey?: string;
};

/** Where the new figures come from: the figures service, data pasted from a spreadsheet, or an Excel workbook. */
export function DataSource({ settings, defaultServiceUrl, defaultApiKey }: DataSourceProps) {
  const { t } = useLanguage();
  const styles = useDataSourceStyles();
  const serviceAvailable = useFiguresSource() !== undefined;
  const { mode, setMode } = useDataSource(settings, serviceAvailable);
  return (
    <div className={styles.root}>
      <ChoiceGroup<SourceMode>
        label={t.dataSource.from}
        value={mode}
        onChange={setMode}
        options={[
          ...(serviceAvailable ? [{ value: "service" as const, label: t.dataSource.service }] : []),
          { value: "paste", label: t.dataSource.paste },
          { value: "workbook", label: t.dataSource.workbook },
        ]}
      />
      {mode === "service" && serviceAvailable ? (
        <ServiceLoader
          settingsStore={settings}
          defaultBaseUrl={defaultServiceUrl}
          {...(defaultApiKey ? { defaultApiKey } : {})}
        />
      ) : (
        <Suspense fallback={<Spinner size="tiny" labelPosition="after" label={t.app.loadingPanel} />}>
          {mode === "workbook" ? <WorkbookImport /> : <PasteImport />}
        </Suspense>
      )}
    </div>
  );
}
