import { useCallback, useEffect, useRef, useState } from "react";

export type AsyncValue<T> =
  | { readonly state: "loading" }
  | { readonly state: "ready"; readonly value: T }
  | { readonly state: "failed"; readonly error: unknown };

/**
 * Loads a value whenever `key` changes (the document's revision, a panel reopened) and on `reload()`. An
 * answer that arrives after a newer request was made is dropped, so a slow Word never shows stale state.
 */
export function useAsyncValue<T>(
  load: () => Promise<T>,
  key: unknown,
): AsyncValue<T> & { readonly reload: () => void } {
  const [value, setValue] = useState<AsyncValue<T>>({ state: "loading" });
  const [nonce, setNonce] = useState(0);
  const latest = useRef(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  useEffect(() => {
    const request = ++latest.current;
    setValue({ state: "loading" });
    let run: Promise<T>;
    try {
      run = loadRef.current();
    } catch (error) {
      run = Promise.reject(error);
    }
    run.then(
      (result) => request === latest.current && setValue({ state: "ready", value: result }),
      (error: unknown) => request === latest.current && setValue({ state: "failed", error }),
    );
    return () => {
      // A newer request (or unmounting) makes this one stale.
      if (request === latest.current) latest.current += 1;
    };
  }, [key, nonce]);

  const reload = useCallback(() => setNonce((n) => n + 1), []);
  return { ...value, reload };
}
