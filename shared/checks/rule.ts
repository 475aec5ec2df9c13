// What a check is: metadata plus run(). Doc-scoped rules see one document at a time;
// corpus-scoped rules see all documents (cross-document evidence). `inputs` says what a rule's
// findings depend on, so that after an edit only what the edit can change is checked again
// (CheckSession in engine.ts).
import type { Category, Finding, Severity } from './types.js';
import type { CorpusModel, DocView } from './corpus.js';
import type { OptionValue } from './profile.js';
import type { MessageRef } from './messages/ref.js';

export interface Draft {
  start: number;
  end: number;
  suggestions?: string[];
  /** msg('<rule id>[.<variant>]', params): the words are in messages/en.ts and fr.ts. */
  message: MessageRef;
  evidence?: MessageRef[];
  /** Overrides the rule's severity for this finding. */
  severity?: Severity;
  /** Overrides the rule's category (e.g. a quotes rule reporting foreign marks). */
  category?: Category;
  /** The fix may be applied without an editor (see safety.ts for the default). */
  safe?: boolean;
}

export interface RuleEnv {
  model: CorpusModel;
  /** Option value from the profile, else the rule's default. */
  opt<T extends OptionValue>(name: string): T;
  emit(view: DocView, d: Draft): void;
  /**
   * Call in long loops (every item is fine: it is cheap): throws when the run is cancelled or the
   * document's time budget is spent, so one huge document never holds a check hostage.
   */
  checkpoint(): void;
}

/**
 * What a rule's findings can depend on:
 * - 'text': the checked document's own text (and the run's fixed data: profile, glossary, dictionaries);
 * - 'corpus': statistics gathered over every document (lowerVocab, capitalised, nameEvidence and what
 *   reads them: isKnownName, isOrdinaryWord, speakers); the engine records which entries a
 *   doc-scoped rule read, and checks a document again when one of those entries changed;
 * - 'partners': the partner links (pairs, alignments, versions) and the partner documents.
 */
export type RuleInput = 'text' | 'corpus' | 'partners';

export interface Rule {
  id: string;
  category: Category;
  severity: Severity;
  // What it looks for is in the message catalogues, key '<id>.description' (messages/en.ts, fr.ts).
  /** Languages the rule applies to; undefined = all. */
  languages?: string[];
  defaults?: Record<string, OptionValue>;
  scope: 'doc' | 'corpus';
  /**
   * What the findings depend on (see RuleInput). Undefined: everything (always checked again).
   * A corpus-scoped rule runs again after any text change.
   */
  inputs?: readonly RuleInput[];
  run(env: RuleEnv, view?: DocView): void;
}

export type { Finding };
