// Kept apart from the contract so the renderer can import it without pulling in zod.
export const UI_LANGUAGES = ['en', 'fr'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** Kinds of long-running jobs the core reports (the UI has a label for each). */
export const JOB_KINDS = ['import', 'detect', 'pair', 'align', 'check', 'export'] as const;
export type JobKind = (typeof JOB_KINDS)[number];
