// Undo / redo names: the core records label keys (with a count for batches), the top bar names them
// in the UI language; labels from before keys (English words) still load and read as a plain "Undo".
import { describe, expect, it } from 'vitest';
import { HISTORY_LABEL_KEYS, historyLabel as recordLabel, parseHistoryLabel } from '../../shared/history/labels.js';
import { historyLabel } from '../../renderer/features/pairs/op-labels.js';
import { initI18n } from '../../renderer/i18n/index.js';

describe('history label keys', () => {
  it('round-trip with and without a count', () => {
    expect(recordLabel('merge')).toBe('merge');
    expect(recordLabel('apply-to-all', 3)).toBe('apply-to-all:3');
    expect(parseHistoryLabel('apply-to-all:3')).toEqual({ key: 'apply-to-all', count: 3 });
    expect(parseHistoryLabel('reject-finding')).toEqual({ key: 'reject-finding' });
  });

  it('older English labels are not keys', () => {
    for (const old of [
      'apply to all (2)',
      'same fix elsewhere (5)',
      'reject finding',
      'pair confirmed',
      'edit sentence',
      'accept spelling',
      'merge beads',
      'nonsense:2',
    ])
      expect(parseHistoryLabel(old), old).toBeNull();
  });

  it('every key has a name in English and French; unknown labels have none', async () => {
    for (const lng of ['en', 'fr'] as const) {
      const i18n = await initI18n(lng);
      for (const key of HISTORY_LABEL_KEYS) {
        const text = historyLabel(i18n.t, recordLabel(key, 2));
        expect(text, `${lng} ${key}`).toBeTruthy();
        expect(text, `${lng} ${key}`).not.toContain('history.labels');
      }
      expect(historyLabel(i18n.t, 'apply to all (2)')).toBeNull();
    }
    const en = await initI18n('en');
    expect(historyLabel(en.t, 'apply-to-all:1')).toBe('apply to all (1 place)');
    expect(historyLabel(en.t, 'same-fix-elsewhere:5')).toBe('same fix elsewhere (5 places)');
    const fr = await initI18n('fr');
    expect(historyLabel(fr.t, 'reject-finding')).toBe('rejet de signalement');
  });
});
