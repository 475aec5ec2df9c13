// The spelling suggester has bounded cost, and the dictionaries come from the installed packages.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_SUGGEST_LENGTH, getSpellChecker } from '../../main/services/checks/spell';
import { spell } from './helpers';

describe('spelling suggester bounds', () => {
  it('suggests for an ordinary misspelling and skips a token longer than any word', () => {
    const sc = spell();
    expect(sc.suggest('houes', 'en', 3).length).toBeGreaterThan(0);
    expect(sc.suggest('a'.repeat(MAX_SUGGEST_LENGTH + 1), 'en', 3)).toEqual([]);
    expect(sc.suggest('b'.repeat(100_000), 'fr', 3)).toEqual([]);
  });

  it('finds the dictionaries from the package, whatever the working directory', () => {
    const elsewhere = mkdtempSync(path.join(os.tmpdir(), 'bitext-cwd-'));
    const cwd = process.cwd();
    try {
      process.chdir(elsewhere);
      expect(getSpellChecker(['en']).correct('house', 'en')).toBe(true);
    } finally {
      process.chdir(cwd);
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });
});
