// Public API of the check engine.
export * from './types.js';
export { readStoredFinding, readStoredFindings } from './stored.js';
export * from './messages/index.js';
export { findingIdIn, contextAround, assignFindingIds } from './finding-id.js';
export { runChecks, CheckCancelled } from './engine.js';
export { RULES, ruleInfo } from './rules/index.js';
export { defaultProfile, parseProfile, type CheckProfile, type RuleSettings } from './profile.js';
export { CHECK_DATA_VERSION, DEFAULT_CHECK_DATA, resolveCheckData, type CheckData, type CheckDataOverrides } from './data/check-data.js';
export type { Glossary, GlossaryEntry, Term, TermStatus } from './glossary/types.js';
export { parseGlossaryCsv, glossaryToCsv } from './glossary/csv.js';
export { parseTbx, glossaryToTbx } from './glossary/tbx.js';
