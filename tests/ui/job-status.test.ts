// The top bar's job text: an import made of steps says which step it is in, in both languages.
import { describe, expect, it } from 'vitest';
import type { JobInfo } from '../../shared/api/contract.js';
import { initI18n } from '../../renderer/i18n/index.js';
import { jobStatusText } from '../../renderer/app/JobStatus.js';

const staged = (index: number, kind: 'import' | 'pair' | 'check', state: JobInfo['state'] = 'running'): JobInfo => ({
  id: 'j_1',
  kind: 'import',
  state,
  done: 5,
  total: 12,
  stage: { kind, index, count: 3 },
});

describe('job status text', () => {
  it('names the step of a staged import, then the whole job when it ends (EN)', async () => {
    const { t } = await initI18n('en');
    expect(jobStatusText(t, staged(0, 'import'))).toBe('Importing (step 1 of 3)');
    expect(jobStatusText(t, staged(1, 'pair'))).toBe('Suggesting pairs (step 2 of 3)');
    expect(jobStatusText(t, staged(2, 'check'))).toBe('Checking (step 3 of 3)');
    expect(jobStatusText(t, staged(2, 'check', 'done'))).toBe('Import, pairing and checks: done');
    expect(jobStatusText(t, staged(2, 'check', 'cancelled'))).toBe('Import, pairing and checks: cancelled');
    // A job without steps keeps its count.
    expect(jobStatusText(t, { id: 'j_2', kind: 'check', state: 'running', done: 2, total: 5 })).toBe('Checking: 2 of 5');
  });

  it('says the same in French', async () => {
    const { t } = await initI18n('fr');
    // French typography puts a (narrow) no-break space before the colon.
    const text = (job: JobInfo) => jobStatusText(t, job).replace(/[\u00a0\u202f]/g, ' ');
    expect(text(staged(2, 'check'))).toBe('Vérification (étape 3 sur 3)');
    expect(text(staged(1, 'pair'))).toBe('Recherche de paires (étape 2 sur 3)');
    expect(text(staged(2, 'check', 'done'))).toBe('Importation, paires et vérification : terminé');
  });
});
