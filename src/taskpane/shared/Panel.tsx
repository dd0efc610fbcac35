import {
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  makeStyles,
  Spinner,
  tokens,
} from "@fluentui/react-components";
import { Suspense, type ReactNode } from "react";

const usePanelStyles = makeStyles({
  root: { borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  body: { padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalL}` },
});

export type PanelProps = {
  readonly id: string;
  readonly title: string;
  /** Said while the panel's code is still on its way (the panels a clerk does not see first load when opened). */
  readonly loading: string;
  readonly children: ReactNode;
};

/**
 * One step of the pane: an item of Fluent's Accordion (a level-2 heading whose button shows or hides the
 * body, with Fluent's keyboard and focus behaviour). A closed panel's body is not rendered, so it asks
 * nothing of Word, and a panel loaded on demand shows a Spinner until its code has arrived.
 */
export function Panel({ id, title, loading, children }: PanelProps) {
  const styles = usePanelStyles();
  return (
    <AccordionItem value={id} className={styles.root} data-panel={id}>
      <AccordionHeader as="h2" size="large">
        {title}
      </AccordionHeader>
      <AccordionPanel className={styles.body}>
        <Suspense fallback={<Spinner size="tiny" labelPosition="after" label={loading} />}>
          {children}
        </Suspense>
      </AccordionPanel>
    </AccordionItem>
  );
}
