import { TextDecoder, TextEncoder } from "node:util";

// jsdom has no TextEncoder/TextDecoder; the headless Word reads and writes its parts with them.
Object.assign(globalThis, { TextDecoder, TextEncoder });
