// A very large document stopped at its time limit after some windows is "partly checked" in the
// documents table (EN/FR), with how far the checks got; one stopped before any window has none.
import { describe, expect, it } from 'vitest';
import { initI18n } from '../../renderer/i18n/index.js';
import { partlyChecked } from '../../renderer/features/findings/DocFindingsCount.js';

describe('partly checked documents', () => {
  it('the percentage checked, rounded down; none without a partial check', () => {
    expect(partlyChecked({ docId: 'd', seconds: 10, checkedChars: 1_999_999, totalChars: 2_000_000 })).toEqual({ percent: 99 });
    expect(partlyChecked({ docId: 'd', seconds: 10, checkedChars: 1_000_000, totalChars: 51_000_000 })).toEqual({ percent: 1 });
    expect(partlyChecked({ docId: 'd', seconds: 10 })).toBeNull();
  });

  it('says it in English and French, with the limit and the percentage', async () => {
    for (const [lng, short, title] of [
      ['en', 'partly checked', /10 s limit after the first 4% /u],
      ['fr', 'vérifié en partie', /10\u00a0s après les premiers 4\u00a0% /u],
    ] as const) {
      const i18n = await initI18n(lng);
      expect(i18n.t('findings.partlyCheckedShort')).toBe(short);
      expect(i18n.t('findings.partlyCheckedTitle', { seconds: 10, percent: '4' })).toMatch(title);
    }
  });
});
