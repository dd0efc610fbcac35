/** A GUID in Word's custom-XML form: "{8E4B1E1A-…}" upper case. Uses Web Crypto, present in Node 20 and browsers. */
export function newGuid(): string {
  const c = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  const uuid =
    c?.randomUUID?.() ??
    "xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx".replace(/[xy]/g, (ch) => {
      const r = Math.floor(Math.random() * 16);
      return (ch === "x" ? r : (r & 0x3) | 0x8).toString(16);
    });
  return `{${uuid.toUpperCase()}}`;
}
