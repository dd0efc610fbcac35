/**
 * src/docx — a headless Word: the part of the Word JavaScript API the add-in uses, with Office.js semantics
 * (queued commands, load/sync, PropertyNotLoaded, null objects, insert-location rules), over a real .docx.
 *
 * @example
 * const host = await openDocx();
 * await host.run(async (ctx) => {
 *   ctx.document.body.insertOoxml(flatOpc, "Replace");
 *   await ctx.sync();
 * });
 * const bytes = await host.save();
 */
export { openDocx, DocxHost, type DocxHostOptions, type DocxContext } from "./host/DocxHost";
export { installWordGlobal } from "./host/installWordGlobal";
export { HOST_PROFILES, PROFILE_NAMES, profileNamed, supportsSet, type HostProfile, type HostProfileName } from "./host/HostProfile";
export { flatOpcToDocx, flatOpcToBase64 } from "./package/flatOpcToDocx";
export { DocxError, type ErrorCode, type DocxDebugInfo } from "./api/DocxError";
export * as WordEnums from "./api/enums";
export type { Selection } from "./model/WordDocument";
export { PackageTooLarge, UNPACK_LIMITS, readZipParts, type UnpackLimits } from "./package/unpackLimits";
