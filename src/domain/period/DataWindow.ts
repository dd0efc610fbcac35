import type { CivilDate } from "./CivilDate";

/** The dates a report's figures cover, both ends included ("số liệu tính từ {from} đến ngày {to}"). */
export type DataWindow = { readonly from: CivilDate; readonly to: CivilDate };
