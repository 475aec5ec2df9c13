// Check profile: plain JSON saved with the project. Unknown rule ids are kept (forward compatible).
import { z } from 'zod';
import type { Category, Severity } from './types.js';

export type OptionValue = number | string | boolean;

export interface RuleSettings {
  enabled?: boolean;
  severity?: Severity;
  options?: Record<string, OptionValue>;
}

export interface CheckProfile {
  version: 1;
  /** Per-category switch; a rule runs only if its category and itself are enabled. */
  categories?: Partial<Record<Category, boolean>>;
  rules?: Record<string, RuleSettings>;
  houseStyle?: {
    /** Space expected inside « » and before ; : ! ? in French. */
    frenchNoBreakSpace?: 'narrow' | 'normal' | 'either';
  };
  /** Findings below this severity are dropped. */
  minSeverity?: Severity;
}

const severity = z.enum(['error', 'warning', 'info']);
const schema = z.object({
  version: z.literal(1),
  categories: z.record(z.string(), z.boolean()).optional(),
  rules: z.record(z.string(), z.object({
    enabled: z.boolean().optional(),
    severity: severity.optional(),
    options: z.record(z.string(), z.union([z.number(), z.string(), z.boolean()])).optional(),
  })).optional(),
  houseStyle: z.object({ frenchNoBreakSpace: z.enum(['narrow', 'normal', 'either']).optional() }).optional(),
  minSeverity: severity.optional(),
});

export function defaultProfile(): CheckProfile {
  return { version: 1, categories: {}, rules: {}, houseStyle: { frenchNoBreakSpace: 'either' }, minSeverity: 'info' };
}

/** Validates untrusted JSON (a saved project) and returns a profile, or throws with zod's message. */
export function parseProfile(json: unknown): CheckProfile {
  return schema.parse(json) as CheckProfile;
}

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };
export const severityRank = (s: Severity): number => RANK[s];
