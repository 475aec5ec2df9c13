// In-memory form of an SRX 2.0 document. Plain data (JSON-serialisable) so the editor can
// show, edit and send it over IPC; regexes stay as written (Java/ICU flavour).

export interface SrxRule {
  /** true = break here, false = exception (no break). */
  break: boolean;
  /** Regex that must match the text ending at the candidate position ('' = anything). */
  beforeBreak: string;
  /** Regex that must match the text starting at the candidate position ('' = anything). */
  afterBreak: string;
  /** XML comment written just before the rule, kept so exported files stay readable. */
  comment?: string;
}

export interface SrxLanguageRule {
  name: string;
  rules: SrxRule[];
}

export interface SrxLanguageMap {
  /** Regex matched against the whole language code (case-insensitive, `fr_CA` read as `fr-CA`). */
  languagePattern: string;
  languageRuleName: string;
}

export interface SrxFormatHandle {
  type: 'start' | 'end' | 'isolated';
  include: boolean;
}

export interface SrxRules {
  /** `yes` = every matching language map applies, in order; `no` = only the first. */
  cascade: boolean;
  /** Kept for round trips; plain text has no subflows. */
  segmentSubflows: boolean;
  formatHandles: SrxFormatHandle[];
  languageRules: SrxLanguageRule[];
  maps: SrxLanguageMap[];
}
