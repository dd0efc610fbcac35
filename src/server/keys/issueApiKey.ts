import { newApiKey } from "../auth/apiKeyFormat";
import { hashApiKey } from "../auth/hashApiKey";
import type { Scope } from "../store/ApiKeyRecord";
import type { FiguresStore } from "../store/FiguresStore";
import { KeyAdminError } from "./KeyAdminError";

export type IssueApiKeyOptions = { readonly agency: string; readonly scope: Scope; readonly label?: string; readonly now: () => Date };

/**
 * Makes a key for an agency and stores only its hash. The key itself is in the answer and nowhere else:
 * whoever asked must hand it over now, it cannot be shown again.
 */
export async function issueApiKey(store: FiguresStore, options: IssueApiKeyOptions): Promise<{ readonly id: string; readonly key: string }> {
  if (!(await store.getAgency(options.agency))) throw new KeyAdminError("unknownAgency", options.agency);
  const { id, key } = newApiKey();
  await store.addApiKey({
    id,
    agency: options.agency,
    scope: options.scope,
    hash: hashApiKey(key),
    label: options.label ?? null,
    createdAt: options.now().toISOString(),
    revokedAt: null,
  });
  return { id, key };
}
