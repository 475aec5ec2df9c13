// Escaping for hand-written XML. Only the five predefined entities are used (no HTML entities:
// TMX readers reject &nbsp;). Escaping every ">" also covers "]]>". CR is written as a character
// reference in text and attributes, and TAB/LF in attributes, because XML parsers normalise the
// literal characters away (line-end and attribute-value normalisation).
import { stripUnsafeChars } from './text-clean.js';
import type { RemovedChars } from './types.js';

const TEXT_SPECIAL = /[&<>"'\r]/g;
const ATTR_SPECIAL = /[&<>"'\r\n\t]/g;
const ENTITY: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\r': '&#xD;',
  '\n': '&#xA;',
  '\t': '&#x9;',
};

/** Escapes text content; call stripUnsafeChars first (or use xmlText). */
export function escapeXmlText(s: string): string {
  return s.replace(TEXT_SPECIAL, (c) => ENTITY[c]!);
}

export function escapeXmlAttr(s: string): string {
  return s.replace(ATTR_SPECIAL, (c) => ENTITY[c]!);
}

/** Text content that XML can hold: unsafe characters removed (and counted), then escaped. */
export function xmlText(s: string, report: RemovedChars): string {
  return escapeXmlText(stripUnsafeChars(s, report));
}

export function xmlAttr(s: string, report: RemovedChars): string {
  return escapeXmlAttr(stripUnsafeChars(s, report));
}
