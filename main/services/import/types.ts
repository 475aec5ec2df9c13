// What the importer hands to the rest of the app: decoded text plus how it was decoded,
// so the editor can see (and change) the encoding, and exports can restore line endings.
export type SourceFormat = 'txt' | 'md' | 'html' | 'docx';
export type LineEnding = 'lf' | 'crlf' | 'cr' | 'mixed' | 'none';

export interface DecodedFile {
  /** Text as the app uses it: NFC, line endings normalised to \n. Offsets everywhere refer to this string. */
  text: string;
  format: SourceFormat;
  /** Encoding name as iconv-lite spells it (utf-8, utf-16le, utf-16be, windows-1252, iso-8859-1 …). */
  encoding: string;
  bom: boolean;
  lineEnding: LineEnding;
  /** Whether NFC normalisation changed the text (the original is kept untouched anyway). */
  normalized: boolean;
}

export interface DecodeOptions {
  /** Force an encoding chosen by the editor (ignored for .docx). */
  encoding?: string;
}

/** 50 MB: larger files are refused with import.tooLarge. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
export const SUPPORTED_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm', '.docx'] as const;
