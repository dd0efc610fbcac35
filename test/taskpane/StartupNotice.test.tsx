/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import { detectHost, watchHost } from "../../src/word/host/detectHost";
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

describe("watchHost", () => {
  it("says browser after the wait, then Word when a slow Office.onReady resolves", async () => {
    let ready: (info: { host: string }) => void = () => undefined;
    const office = { onReady: () => new Promise<{ host: string }>((r) => (ready = r)), HostType: { Word: "Word" } };
    const heard: string[] = [];
    watchHost(office, (host) => heard.push(host), 10);
    await new Promise((r) => setTimeout(r, 30));
    expect(heard).toEqual(["browser"]);
    ready({ host: "Word" });
    await new Promise((r) => setTimeout(r, 0));
    expect(heard).toEqual(["browser", "word"]);
  });

  it("says Word once when Office answers in time", async () => {
    const heard: string[] = [];
    watchHost({ onReady: async () => ({ host: "Word" }), HostType: { Word: "Word" } }, (host) => heard.push(host), 50);
    await new Promise((r) => setTimeout(r, 80));
    expect(heard).toEqual(["word"]);
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
