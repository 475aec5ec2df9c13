// Refusals of the correction workflow say what happened, with their own codes (EN and FR), not
// a generic "invalid operation".
import { describe, expect, it } from 'vitest';
import { formatErrorEn } from '../../shared/api/errors.js';
import en from '../../renderer/i18n/locales/en.json';
import fr from '../../renderer/i18n/locales/fr.json';
import { useSampleWorkbench } from './helpers';

const wb = useSampleWorkbench();

const CODES = ['finding.noSuchSuggestion', 'finding.spanOutside', 'finding.noName', 'check.timeLimit'] as const;

function lookup(cat: unknown, key: string): unknown {
  return key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], (cat as { errors: unknown }).errors);
}

describe('specific refusals of the findings service', () => {
  it('a suggestion number the finding does not have is finding.noSuchSuggestion, and nothing changes', async () => {
    const st = await wb.service.getFindings({});
    const f = st.findings.find((x) => x.suggestions.length > 0 && x.status === 'open')!;
    const n = f.suggestions.length;
    await expect(wb.service.acceptFinding({ findingId: f.id, suggestion: n })).rejects.toMatchObject({
      code: 'finding.noSuchSuggestion',
      params: { index: n, count: n },
    });
    await expect(wb.service.previewApplyToAll({ findingId: f.id, suggestion: n })).rejects.toMatchObject({ code: 'finding.noSuchSuggestion' });
    await expect(wb.service.applyToAll({ findingId: f.id, suggestion: n, findingIds: [] })).rejects.toMatchObject({ code: 'finding.noSuchSuggestion' });
    const after = await wb.service.getFindings({});
    expect(after.findings.find((x) => x.id === f.id)?.status).toBe('open');
  });

  it('a hand fix past the end of the document is finding.spanOutside', async () => {
    const d = (await wb.service.getSnapshot()).documents[0]!;
    const { text } = await wb.service.getDocument({ id: d.id });
    await expect(wb.service.fixText({ docId: d.id, start: text.length, end: text.length + 5, text: 'x' })).rejects.toMatchObject({
      code: 'finding.spanOutside',
      params: { start: text.length, end: text.length + 5, length: text.length },
    });
  });

  it('adding a name from a finding that proposes none is finding.noName', async () => {
    const st = await wb.service.getFindings({});
    const f = st.findings.find((x) => x.suggestions.every((s) => s.trim() === ''))!;
    expect(f).toBeDefined();
    await expect(wb.service.addNameToGlossary({ findingId: f.id })).rejects.toMatchObject({ code: 'finding.noName' });
  });

  it('each new code has its English text and a French one', () => {
    for (const code of CODES) {
      expect(formatErrorEn({ code, params: { index: 3, count: 1, start: 1, end: 2, length: 1, seconds: 60 } } as never)).not.toBe(code);
      const e = lookup(en, code);
      const f = lookup(fr, code);
      expect(typeof e).toBe('string');
      expect(typeof f).toBe('string');
      expect(f).not.toBe(e);
    }
  });
});
