import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { StartupNotice } from "./StartupNotice";
import { detectHost } from "./host/detectHost";

const root = createRoot(document.getElementById("root") as HTMLElement);
const office = (globalThis as unknown as { Office?: Parameters<typeof detectHost>[0] }).Office;

void detectHost(office).then((host) => {
  root.render(
    <FluentProvider theme={webLightTheme}>
      <StartupNotice host={host} />
    </FluentProvider>,
  );
});
