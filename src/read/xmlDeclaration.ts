import { latin1 } from './latin1';

/** An XML declaration's encoding (`<?xml version="1.0" encoding="GB2312"?>`), after an optional UTF-8 byte order mark. */
const DECLARED_ENCODING = /^(?:\u00ef\u00bb\u00bf)?\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9_.:-]+)["']/;

/** The encoding an XML document's declaration names, lower-cased; null when it names none. */
export function declaredXmlEncoding(bytes: Uint8Array): string | null {
  return DECLARED_ENCODING.exec(latin1(bytes.subarray(0, 200)))?.[1]?.toLowerCase() ?? null;
}

/** Whether a declared encoding is UTF-8 (or none is declared: XML's default). */
export const isUtf8Declared = (encoding: string | null): boolean => encoding === null || encoding === 'utf-8' || encoding === 'utf8';
