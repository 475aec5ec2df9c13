// Findings as read back from storage (the project's findings.json), by the findings service and
// by the export alike. Files written by older versions hold the message and evidence as words
// ({en, fr} or English strings): they are kept as 'legacy' references until the checks run again.
import { storedEvidence, storedMessage } from './messages/render.js';
import type { Finding } from './types.js';

/** One stored finding, or null when it is not one (the rest of the file still loads). */
export function readStoredFinding(raw: unknown): Finding | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const f = raw as Record<string, unknown>;
  if (typeof f['id'] !== 'string' || typeof f['docId'] !== 'string' || typeof f['rule'] !== 'string' || typeof f['text'] !== 'string') return null;
  if (!Number.isInteger(f['start']) || !Number.isInteger(f['end']) || !Array.isArray(f['suggestions'])) return null;
  const message = storedMessage(f['message']);
  if (!message) return null;
  const { evidence: rawEvidence, message: _m, ...rest } = f;
  const evidence = storedEvidence(rawEvidence);
  return {
    ...(rest as unknown as Omit<Finding, 'message' | 'evidence'>),
    suggestions: (f['suggestions'] as unknown[]).filter((x): x is string => typeof x === 'string'),
    safe: f['safe'] === true,
    message,
    ...(evidence.length ? { evidence } : {}),
  };
}

export function readStoredFindings(raw: unknown): Finding[] {
  if (!Array.isArray(raw)) return [];
  return raw.map(readStoredFinding).filter((f): f is Finding => f !== null);
}
