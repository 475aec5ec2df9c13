// Which fixes may be applied unattended (`bitext clean --fix safe`): mechanical fixes with one
// unambiguous suggestion. Rules whose safety depends on their evidence (name translations) say
// so themselves on each finding; everything else defaults here.
import type { Category, Severity } from './types.js';

export function defaultSafety(category: Category, severity: Severity, suggestions: readonly string[]): boolean {
  if (suggestions.length !== 1) return false;
  switch (category) {
    case 'quotes':
    case 'spacing':
    case 'typography':
      return true;
    // Exact repetitions; near-duplicate paragraphs come as 'info' and need an editor.
    case 'repetition':
      return severity !== 'info';
    // Removing debris deletes text: a judgement, unless the rule vouches for it (machine tokens,
    // CMS placeholders). Real sentences recur across documents ("The session is closed.").
    case 'boilerplate':
      return false;
    default:
      return false;
  }
}
