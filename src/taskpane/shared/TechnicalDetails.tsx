import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Caption1 } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { useLanguage } from "../context/LanguageContext";

/**
 * What a clerk need not read (round trips to Word, the document's internal names), closed by default under
 * “Chi tiết kỹ thuật”: Fluent's own Accordion, so it opens by keyboard and says so to a screen reader.
 */
export function TechnicalDetails(props: { readonly children: ReactNode }) {
  const { t } = useLanguage();
  return (
    <Accordion collapsible>
      <AccordionItem value="technical">
        <AccordionHeader size="small">{t.technical.title}</AccordionHeader>
        <AccordionPanel>
          <Caption1>{props.children}</Caption1>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
