// Public shapes of the check engine. Finding is THE finding model: the engine emits it, the
// findings service stores it, the contract's FindingView and the export's CorpusFinding extend it
// with what the editor did (status: shared/history/finding-status.ts). The CLI JSON derives from it.
import type { Glossary } from './glossary/types.js';
import type { MessageRef } from './messages/ref.js';
import type { CheckProfile } from './profile.js';

export type Category =
  | 'name-translation'
  | 'terminology'
  | 'meaning'
  | 'quotes'
  | 'spacing'
  | 'typography'
  | 'repetition'
  | 'fragment'
  | 'spelling'
  | 'grammar'
  | 'boilerplate'
  | 'language';

export const CATEGORIES: readonly Category[] = [
  'name-translation',
  'terminology',
  'meaning',
  'quotes',
  'spacing',
  'typography',
  'repetition',
  'fragment',
  'spelling',
  'grammar',
  'boilerplate',
  'language',
];

export type Severity = 'error' | 'warning' | 'info';

export interface Bilingual {
  en: string;
  fr: string;
}

export interface Finding {
  /**
   * Stable across re-runs and across edits elsewhere in the document: a hash of document, rule,
   * text and the words around it (findingId in finding-id.ts), never of offsets, so a rejected
   * finding stays rejected when other edits shift it.
   */
  id: string;
  docId: string;
  category: Category;
  rule: string;
  severity: Severity;
  /** UTF-16 offsets into the document text. */
  start: number;
  end: number;
  text: string;
  /** Replacements for text; "" means: exclude from the cleaned text. */
  suggestions: string[];
  /** What the check found, as data: a catalogue key and parameters (rendered by each front). */
  message: MessageRef;
  /** Why the check thinks so, for the editor to judge the finding: catalogue keys and parameters. */
  evidence?: MessageRef[];
  /** The evidence is strong enough to apply the first suggestion unattended (`bitext clean --fix safe`). */
  safe: boolean;
}

export interface CorpusDoc {
  id: string;
  name: string;
  language: string;
  text: string;
}

/** Word lookup, injected by main/ (dictionaries are files, shared/ cannot read them). */
export interface SpellChecker {
  languages(): string[];
  /** Exact-form lookup (case as given), e.g. "flashing" yes, "Flashing" only if listed so. */
  has(word: string, language: string): boolean;
  /** Case-tolerant correctness test as a spell checker understands it. */
  correct(word: string, language: string): boolean;
  suggest(word: string, language: string, max?: number): string[];
}

export interface SentenceSpan {
  start: number;
  end: number;
  text: string;
  paragraph: number;
}
export interface Bead {
  src: number[];
  tgt: number[];
  confidence?: number;
}

/** Colleagues' services, injected so shared/checks does not depend on their presence. */
export interface CheckTools {
  splitSentences?: (text: string, lang: string) => SentenceSpan[];
  alignSentences?: (src: string[], tgt: string[], o: { srcLang: string; tgtLang: string }) => Bead[];
  detectLanguage?: (text: string, o: { languages?: string[]; prior?: string }) => { language: string; confidence: number };
}

export interface PartnerLink {
  a: string;
  b: string;
  kind: 'translation' | 'version';
  /**
   * Sentence alignment between a's and b's sentences: indices into `sentences` when given (the
   * project's alignment, as the editor left it), else into the splitter's output. A bead without
   * a confidence was confirmed or made by the editor.
   */
  beads?: Bead[];
  /** The sentences the beads index, as spans of the checked texts (a project's alignment). */
  sentences?: { a: Array<{ start: number; end: number }>; b: Array<{ start: number; end: number }> };
  /** The editor confirmed the pair or made it by hand. */
  confirmed?: boolean;
}

export interface CheckContext {
  docs: CorpusDoc[];
  glossary?: Glossary;
  profile?: CheckProfile;
  partners?: PartnerLink[];
  /** Pairs the editor rejected: no rule treats them as partners (see project-partners.ts). */
  rejectedPairs?: Array<{ a: string; b: string }>;
  spell?: SpellChecker;
  tools?: CheckTools;
}

/** How far a document stopped at its time budget was checked (from its start). */
export interface PartialCheck {
  checkedChars: number;
  totalChars: number;
}

export interface RunOptions {
  /** Polled between rules and within long rule loops (RuleEnv.checkpoint): a huge document stops within moments. */
  signal?: { aborted: boolean };
  onProgress?: (done: number, total: number) => void;
  /**
   * Time budget of each document's checks (ms, from when its first rule starts). A document past
   * it loses its findings and is reported through onDocTimeout; the other documents go on.
   */
  docTimeLimitMs?: number;
  /**
   * `partial`: the document was checked in windows (main/services/checks/large-docs.ts) and the
   * findings of its first `checkedChars` characters are kept; absent, it has no findings.
   */
  onDocTimeout?: (docId: string, partial?: PartialCheck) => void;
  /** An error the engine caught and carried on from (shared/ has no logger: main passes one). */
  onError?: (event: string, data: Record<string, unknown>) => void;
}
