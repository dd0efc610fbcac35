import type { Figures } from "../figures/schema";
import type { Issue } from "../issues/Issue";
import type { Template } from "../template/types";
import { runChecks } from "./runChecks";

/**
 * The consistency check of Figures as the operations call it (`checkReport`'s `checkFigures`): the very
 * rules of `runChecks`, under the name the Word operations and the CLI use.
 *
 * @example checkFigures(cchcQuarterlySct, figures).filter((i) => i.severity === "error")
 */
export const checkFigures = (template: Template, figures: Figures): readonly Issue[] => runChecks(template, figures);
