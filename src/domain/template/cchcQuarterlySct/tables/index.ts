import type { TableDef, TableId } from "../../types";
import { T1 } from "./T1";
import { T10 } from "./T10";
import { T11 } from "./T11";
import { T2 } from "./T2";
import { T3 } from "./T3";
import { T4 } from "./T4";
import { T5 } from "./T5";
import { T6 } from "./T6";
import { T7 } from "./T7";
import { T8 } from "./T8";
import { T9 } from "./T9";

/** The eleven tables of the report, T1–T11 in document order (template-spec §3). */
export const tables: Readonly<Record<TableId, TableDef>> = { T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11 };
