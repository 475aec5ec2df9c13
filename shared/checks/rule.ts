// What a check is: metadata plus run(). Doc-scoped rules see one document at a time;
// corpus-scoped rules see all documents (cross-document evidence).
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

export interface Rule {
  id: string;
  category: Category;
  severity: Severity;
  // What it looks for is in the message catalogues, key '<id>.description' (messages/en.ts, fr.ts).
  /** Languages the rule applies to; undefined = all. */
  languages?: string[];
  defaults?: Record<string, OptionValue>;
  scope: 'doc' | 'corpus';
  run(env: RuleEnv, view?: DocView): void;
}

export type { Finding };
