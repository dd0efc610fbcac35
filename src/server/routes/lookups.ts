import type { Template } from "../../domain/template/types";
import { HttpProblem } from "../problem/HttpProblem";
import type { ServiceDeps } from "../ServiceDeps";

/** The template named in the address, or 404: figures are only stored for templates the service knows. */
export function requireTemplate(deps: ServiceDeps, id: string): Template {
  const template = deps.findTemplate(id);
  if (!template) throw new HttpProblem("unknown-template", { detail: `Mẫu báo cáo “${id}” không có trên máy chủ.` });
  return template;
}

export async function requireAgency(deps: ServiceDeps, id: string): Promise<void> {
  if (!(await deps.store.getAgency(id))) throw new HttpProblem("unknown-agency", { detail: `Không có cơ quan “${id}”.` });
}

export async function requirePeriod(deps: ServiceDeps, agency: string, period: string): Promise<void> {
  if (!(await deps.store.hasPeriod(agency, period))) {
    throw new HttpProblem("unknown-period", { detail: `Cơ quan “${agency}” chưa có kỳ báo cáo ${period}.` });
  }
}
