/** Base64 to bytes and back, with the browser's atob/btoa (Node has them too): Flat OPC binary parts, insertFileFromBase64. */

/** The bytes of a Base64 text; whitespace (line breaks of a Flat OPC binaryData) is ignored. */
export function base64ToBytes(text: string): Uint8Array {
  const bin = atob(text.replace(/\s+/g, ""));
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** Base64 of the bytes, in slices small enough for String.fromCharCode's arguments. */
export function bytesToBase64(bytes: Uint8Array): string {
  let bin = "";
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}
