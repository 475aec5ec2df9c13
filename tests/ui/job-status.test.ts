// The top bar's job text: an import made of steps says which step it is in, and every running job
// says how far it is in terms an editor can read (files, or a percentage, never engine units).
import { describe, expect, it } from 'vitest';
import type { JobInfo } from '../../shared/api/contract.js';
import { initI18n } from '../../renderer/i18n/index.js';
import { jobPercent, jobStatusText as statusText } from '../../renderer/app/JobStatus.js';

// French typography puts a (narrow) no-break space before the colon and %.
const spaces = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

const staged = (index: number, kind: 'import' | 'pair' | 'check', state: JobInfo['state'] = 'running'): JobInfo => ({
  id: 'j_1',
  kind: 'import',
  state,
  done: 5,
  total: 12,
  stage: { kind, index, count: 3 },
});

const job = (kind: JobInfo['kind'], done: number, total: number): JobInfo => ({ id: 'j_2', kind, state: 'running', done, total });

describe('job status text', () => {
  it('names the step of a staged import and how far it is, then the whole job when it ends (EN)', async () => {
    const { t } = await initI18n('en');
    const text = (j: JobInfo) => statusText(t, j, 'en');
    // The reading step counts files (the job's total also covers the later steps, so no "of").
    expect(text(staged(0, 'import'))).toBe('Importing (step 1 of 3): 5 files read');
    expect(text({ ...staged(0, 'import'), done: 1 })).toBe('Importing (step 1 of 3): 1 file read');
    // Pairing and checks count in engine units: the whole job's share, as a percentage.
    expect(text(staged(1, 'pair'))).toBe('Suggesting pairs (step 2 of 3): 41%');
    expect(text(staged(2, 'check'))).toBe('Checking (step 3 of 3): 41%');
    expect(text(staged(2, 'check', 'done'))).toBe('Import, pairing and checks: done');
    expect(text(staged(2, 'check', 'cancelled'))).toBe('Import, pairing and checks: cancelled');
  });

  it('never shows engine units: a check in hundredths of a rule run reads as a percentage', async () => {
    const { t } = await initI18n('en');
    const text = (j: JobInfo) => statusText(t, j, 'en');
    expect(text(job('check', 1234, 3300))).toBe('Checking: 37%');
    expect(text(job('pair', 3, 8))).toBe('Suggesting pairs: 37%');
    expect(text(job('export', 1, 4))).toBe('Exporting: 25%');
    // Not 100% while it still runs, and a re-told total below done cannot go over.
    expect(text(job('check', 3299, 3300))).toBe('Checking: 99%');
    expect(text(job('check', 5000, 3300))).toBe('Checking: 99%');
    // Size not known yet: the name alone (no "0 of 0", no NaN).
    expect(text(job('check', 0, 0))).toBe('Checking');
    // A plain import's units are files: it says so.
    expect(text(job('import', 2, 5))).toBe('Importing: 2 of 5 files');
    expect(text(job('import', 0, 1))).toBe('Importing: 0 of 1 file');
    // Within a large file done is fractional: the bar moves, the text counts whole files.
    expect(text(job('import', 2.6, 5))).toBe('Importing: 2 of 5 files');
    expect(text({ ...staged(0, 'import'), done: 1.4 })).toBe('Importing (step 1 of 3): 1 file read');
  });

  it('computes the share from done and total only', () => {
    expect(jobPercent(job('check', 0, 3300))).toBe(0);
    expect(jobPercent(job('check', 1650, 3300))).toBe(50);
    expect(jobPercent(job('check', 1, 0))).toBeNull();
    expect(jobPercent(job('check', -1, 10))).toBe(0);
  });

  it('says the same in French', async () => {
    const { t } = await initI18n('fr');
    const text = (j: JobInfo) => spaces(statusText(t, j, 'fr'));
    expect(text(staged(0, 'import'))).toBe('Importation (étape 1 sur 3) : 5 fichiers lus');
    expect(text({ ...staged(0, 'import'), done: 1 })).toBe('Importation (étape 1 sur 3) : 1 fichier lu');
    expect(text(staged(2, 'check'))).toBe('Vérification (étape 3 sur 3) : 41 %');
    expect(text(staged(1, 'pair'))).toBe('Recherche de paires (étape 2 sur 3) : 41 %');
    expect(text(staged(2, 'check', 'done'))).toBe('Importation, paires et vérification : terminé');
    expect(text(job('check', 1234, 3300))).toBe('Vérification : 37 %');
    expect(text(job('import', 2, 5))).toBe('Importation : 2 sur 5 fichiers');
  });
});
