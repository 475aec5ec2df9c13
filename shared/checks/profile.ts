// Check profile: plain JSON saved with the project. Unknown rule ids are kept (forward compatible).
import { z } from 'zod';
import type { Category, Severity } from './types.js';
import { PATTERN_FLAGS, type CheckDataOverrides } from './data/check-data.js';

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
  /** Changes to the checks' versioned word lists and patterns (data/check-data.ts). */
  data?: CheckDataOverrides;
}

const severity = z.enum(['error', 'warning', 'info']);
// Speech verbs are words (letters, apostrophes, hyphens, spaces): they become part of a pattern.
const word = z
  .string()
  .trim()
  .max(80)
  .regex(/^\p{L}[\p{L}’'\- ]*$/u, 'a word or words (letters, apostrophes, hyphens, spaces)');
const words = z.object({ add: z.array(word).max(500).optional(), remove: z.array(word).max(500).optional() }).strict();
const langKey = z.string().regex(/^[a-z]{2,3}$/, 'a language code such as en or fr');
/** A pattern list: each source must compile with the flags its list is matched with. */
const patterns = (flags: string) => {
  const source = z
    .string()
    .min(1)
    .max(500)
    .superRefine((p, ctx) => {
      try {
        new RegExp(p, flags);
      } catch (e) {
        ctx.addIssue({ code: 'custom', message: `not a valid pattern: ${(e as Error).message}` });
      }
    });
  return z.object({ add: z.array(source).max(200).optional(), remove: z.array(z.string().max(500)).max(200).optional() }).strict();
};
const data = z
  .object({
    speechVerbs: z
      .object({ speakerFirst: z.record(langKey, words).optional(), verbFirst: z.record(langKey, words).optional() })
      .strict()
      .optional(),
    widgetPatterns: patterns(PATTERN_FLAGS.widget).optional(),
    creditLinePatterns: patterns(PATTERN_FLAGS.creditLine).optional(),
    creditPatterns: patterns(PATTERN_FLAGS.credit).optional(),
    sponsorPatterns: patterns(PATTERN_FLAGS.sponsor).optional(),
  })
  .strict();
const schema = z.object({
  version: z.literal(1),
  categories: z.record(z.string(), z.boolean()).optional(),
  rules: z
    .record(
      z.string(),
      z.object({
        enabled: z.boolean().optional(),
        severity: severity.optional(),
        options: z.record(z.string(), z.union([z.number(), z.string(), z.boolean()])).optional(),
      }),
    )
    .optional(),
  houseStyle: z.object({ frenchNoBreakSpace: z.enum(['narrow', 'normal', 'either']).optional() }).optional(),
  minSeverity: severity.optional(),
  data: data.optional(),
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
