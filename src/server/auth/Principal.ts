import type { Scope } from "../store/ApiKeyRecord";

/** Who is calling, as their API key says: one agency, one scope, and the name history gives them. */
export type Principal = { readonly keyId: string; readonly agency: string; readonly scope: Scope; readonly actor: string };
