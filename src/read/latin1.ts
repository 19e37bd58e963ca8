/** One decoder for every byte sniff: making a TextDecoder costs more than decoding a file's first kilobytes. */
const LATIN1 = new TextDecoder('latin1');

/** Bytes as text, one character per byte (the WHATWG `latin1` label: windows-1252), for looking at a file's markers. */
export const latin1 = (bytes: Uint8Array): string => LATIN1.decode(bytes);
