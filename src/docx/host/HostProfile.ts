/**
 * The Word a headless host plays: which requirement sets it answers to `isSetSupported`, and so which members
 * exist. The sets per host are Microsoft's ("Word JavaScript API requirement sets"): Office 2021 volume licence
 * stops at WordApi 1.3 with WordApiHiddenDocument 1.3; WordApiDesktop is Windows and Mac only ("not applicable"
 * on the web); Microsoft 365 desktop has the current sets. Sources for each rule: src/docx/README.md.
 */
export type HostProfileName = "office2021" | "1.4" | "m365" | "web";

export type HostProfile = {
  readonly name: HostProfileName;
  /** What the host is, in words (the self-test report, `--json`). */
  readonly description: string;
  readonly platform: "desktop" | "web";
  /** Highest version of every requirement set the host supports. */
  readonly sets: Readonly<Record<string, string>>;
};

export const HOST_PROFILES: Readonly<Record<HostProfileName, HostProfile>> = {
  office2021: {
    name: "office2021",
    description: "Office 2021 LTSC (volume licence), Windows: WordApi 1.3",
    platform: "desktop",
    sets: { WordApi: "1.3", WordApiHiddenDocument: "1.3" },
  },
  "1.4": {
    name: "1.4",
    description: "A Word with WordApi 1.4 and no desktop-only sets",
    platform: "desktop",
    sets: { WordApi: "1.4", WordApiHiddenDocument: "1.4" },
  },
  m365: {
    name: "m365",
    description: "Microsoft 365, Windows (build 2507 or later): WordApi 1.9, WordApiDesktop 1.3",
    platform: "desktop",
    sets: { WordApi: "1.9", WordApiDesktop: "1.3", WordApiHiddenDocument: "1.5" },
  },
  web: {
    name: "web",
    description: "Word on the web: WordApi 1.9, no desktop-only sets",
    platform: "web",
    sets: { WordApi: "1.9", WordApiOnline: "1.1" },
  },
};

export const PROFILE_NAMES = Object.keys(HOST_PROFILES) as HostProfileName[];

/** `--api` values: a profile name, or the older `1.3` for Office 2021. */
export function profileNamed(name: string | undefined): HostProfile | undefined {
  if (name === undefined) return undefined;
  if (name === "1.3") return HOST_PROFILES.office2021;
  return (HOST_PROFILES as Record<string, HostProfile | undefined>)[name];
}

const parts = (v: string): number[] => v.split(".").map((p) => Number.parseInt(p, 10) || 0);

/** `Office.context.requirements.isSetSupported(name, minVersion)` as this host answers it. */
export function supportsSet(profile: HostProfile, name: string, minVersion = "1.1"): boolean {
  const have = profile.sets[name];
  if (have === undefined) return false;
  const [a, b] = [parts(have), parts(minVersion)];
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d > 0;
  }
  return true;
}
