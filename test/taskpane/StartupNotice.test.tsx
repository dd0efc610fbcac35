/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import { detectHost } from "../../src/taskpane/host/detectHost";
import { StartupNotice } from "../../src/taskpane/StartupNotice";

describe("detectHost", () => {
  it.each([
    ["Word", "word"],
    ["Excel", "other-office"],
    [null, "browser"],
  ])("reads host %p as %p", async (host, expected) => {
    const office = { onReady: async () => ({ host }), HostType: { Word: "Word" } };
    await expect(detectHost(office)).resolves.toBe(expected);
  });

  it("says browser when Office.js is absent or never becomes ready", async () => {
    await expect(detectHost(undefined)).resolves.toBe("browser");
    await expect(detectHost({ onReady: () => new Promise(() => undefined) }, 10)).resolves.toBe("browser");
  });
});

describe("StartupNotice", () => {
  it.each([
    ["word", "Đang chạy trong Word"],
    ["browser", "Cần mở trong Word"],
  ] as const)("on host %s says %s", (host, title) => {
    render(
      <FluentProvider theme={webLightTheme}>
        <StartupNotice host={host} />
      </FluentProvider>,
    );
    expect(screen.getByText(title)).toBeInTheDocument();
  });
});
