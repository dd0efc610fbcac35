import { describePlace } from "../domain/issues/describePlace";
import { parseTag } from "../domain/tags";
import { findTemplate } from "../domain/template/registry";
import {
  Button,
  Field,
  FluentProvider,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Spinner,
  Subtitle2,
  Switch,
  Text,
  webLightTheme,
} from "@fluentui/react-components";
import { useMemo, useRef, useState } from "react";
import { PROFILE_NAMES, type HostProfileName } from "../docx";
import { App } from "../taskpane/App";
import type { FiguresSourceFactory } from "../taskpane/context/FiguresSourceContext";
import { usePlaygroundStyles } from "./Playground.styles";
import { PLAYGROUND_WORDS } from "./Playground.types";
import { EDIT_ANCHOR_PREFIX } from "./markPreview";
import { localSettings, SETTING_KEYS, type SettingsStore } from "../taskpane/shared/settingsStore";
import { usePlayground } from "./usePlayground";

/** The task pane beside a live preview of the document it works on, without Word. */
export function Playground({ figuresSource }: { readonly figuresSource?: FiguresSourceFactory }) {
  const styles = usePlaygroundStyles();
  const p = usePlayground();
  const fileInput = useRef<HTMLInputElement | null>(null);
  // Office's dark theme, as the pane would follow it inside Word.
  const [dark, setDark] = useState(false);
  // The page speaks the pane's language: the pane's choice, remembered where the pane keeps it, is followed here.
  const [lang, setLang] = useState<"vi" | "en">(() => (localSettings.get(SETTING_KEYS.language) === "en" ? "en" : "vi"));
  const settings = useMemo<SettingsStore>(
    () => ({
      get: (key) => localSettings.get(key),
      set: (key, value) => {
        localSettings.set(key, value);
        if (key === SETTING_KEYS.language) setLang(value === "en" ? "en" : "vi");
      },
    }),
    [],
  );
  const W = PLAYGROUND_WORDS[lang];

  return (
    <FluentProvider theme={webLightTheme}>
      <div className={styles.root}>
        <div className={styles.bar} role="toolbar" aria-label={W.title}>
          <Subtitle2 as="h1" className={styles.title}>
            {W.title}
          </Subtitle2>
          <Button onClick={() => void p.openSample()} disabled={p.busy}>
            {W.openSample}
          </Button>
          <Button onClick={() => void p.openBlank()} disabled={p.busy}>
            {W.blank}
          </Button>
          <Button onClick={() => fileInput.current?.click()} disabled={p.busy}>
            {W.openFile}
          </Button>
          <input
            ref={fileInput}
            className={styles.hiddenInput}
            type="file"
            accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            aria-label={W.openFile}
            onChange={(event) => {
              const file = event.target.files?.[0];
              if (file) void p.openFile(file);
              event.target.value = "";
            }}
          />
          <Button appearance="primary" onClick={() => void p.download()} disabled={!p.open || p.busy}>
            {W.download}
          </Button>
          <Field label={W.profile} orientation="horizontal">
            <Select value={p.profile} onChange={(_, data) => p.setProfile(data.value as HostProfileName)} disabled={p.busy}>
              {PROFILE_NAMES.map((name) => (
                <option key={name} value={name}>
                  {W.profiles[name]}
                </option>
              ))}
            </Select>
          </Field>
          <Switch label={W.dark} checked={dark} onChange={(_, data) => setDark(data.checked)} />
          {p.busy ? <Spinner size="tiny" label={W.busy} /> : null}
          <div className={styles.status} role="status" aria-live="polite">
            <Text data-testid="selection">{p.selection ? W.selecting(selectionName(p.selection, lang)) : W.nothingSelected}</Text>
          </div>
        </div>
        <aside ref={p.paneRef} className={styles.pane} aria-label={W.pane}>
          {p.open ? (
            <App
              key={p.open.generation}
              reportDocument={p.open.doc}
              selfTest={p.selfTest}
              theme={dark ? "dark" : "light"}
              settings={settings}
              {...(figuresSource ? { figuresSource } : {})}
            />
          ) : null}
        </aside>
        <section
          className={styles.preview}
          aria-label={W.preview}
          onClick={(event) => {
            // A figure the clerk may type into is a link in the preview (markPreview): typing opens over it.
            const link = (event.target as Element).closest?.(`a[href^="#${EDIT_ANCHOR_PREFIX}"]`);
            if (!link) return;
            event.preventDefault();
            const section = event.currentTarget;
            const box = link.getBoundingClientRect();
            const frame = section.getBoundingClientRect();
            const id = Number(link.getAttribute("href")?.slice(1 + EDIT_ANCHOR_PREFIX.length));
            void p.startTyping(id, { top: box.top - frame.top + section.scrollTop, left: box.left - frame.left + section.scrollLeft });
          }}
        >
          {p.typing ? (
            <TypingBox
              key={p.typing.id}
              className={styles.typing}
              typing={p.typing}
              label={W.typeInto(selectionName(p.typing.tag, lang))}
              hint={W.typingHint}
              onDone={(text) => void p.finishTyping(text)}
            />
          ) : null}
          {p.notice ? (
            <div className={styles.notice}>
              <MessageBar intent={p.notice.intent}>
                <MessageBarBody>
                  <MessageBarTitle>{W[p.notice.title]}</MessageBarTitle>
                  {p.notice.body}
                </MessageBarBody>
              </MessageBar>
            </div>
          ) : null}
          <div ref={p.stylesRef} />
          <div
            ref={p.previewRef}
            className={styles.previewBody}
            data-renders={p.renders}
            data-testid="preview"
          />
        </section>
      </div>
    </FluentProvider>
  );
}

/** The box the clerk types a figure into, over the figure in the preview: Enter writes it, Esc or leaving drops it. */
function TypingBox(props: {
  readonly className: string;
  readonly typing: { readonly text: string; readonly top: number; readonly left: number };
  readonly label: string;
  readonly hint: string;
  readonly onDone: (text: string | undefined) => void;
}) {
  const [value, setValue] = useState(props.typing.text);
  return (
    <div className={props.className} style={{ top: props.typing.top, left: props.typing.left }}>
      <Input
        autoFocus
        aria-label={props.label}
        value={value}
        onChange={(_, data) => setValue(data.value)}
        onKeyDown={(event) => {
          if (event.key === "Enter") props.onDone(value);
          if (event.key === "Escape") props.onDone(undefined);
        }}
        onBlur={() => props.onDone(undefined)}
      />
      <Text size={200}>{props.hint}</Text>
    </div>
  );
}

/** What is selected, as the printed report names it: the figure, the table cell, the section; a range by its text. */
function selectionName(selection: string, lang: "vi" | "en"): string {
  return parseTag(selection) ? describePlace(["doc", selection], findTemplate(undefined), lang) : selection;
}
