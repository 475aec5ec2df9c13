import { describe, expect, it } from 'vitest';
import { API_METHODS, apiInputs, parseInput } from '../../shared/api/contract';
import { ERROR_CODES, ERROR_TEXT_EN, formatErrorEn } from '../../shared/api/errors';
import { dispatch } from '../../main/services/dispatch';
import { WorkbenchService } from '../../main/services/workbench-service';

describe('API contract', () => {
  it('every method has an input schema and a service implementation', () => {
    expect(API_METHODS.length).toBeGreaterThan(5);
    for (const m of API_METHODS) {
      expect(apiInputs[m], m).toBeDefined();
      expect(typeof (WorkbenchService.prototype as unknown as Record<string, unknown>)[m], m).toBe('function');
    }
  });

  it('rejects malformed payloads with ipc.invalidPayload', () => {
    expect(parseInput('getDocument', { id: '../../etc/passwd' }).ok).toBe(false);
    expect(parseInput('getDocument', { id: 'd_0123456789abcdef', extra: 1 }).ok).toBe(false);
    expect(parseInput('setLanguageOverride', { id: 'd_0123456789abcdef', language: 'EN' }).ok).toBe(false);
    expect(parseInput('setUiLanguage', { language: 'de' }).ok).toBe(false);
    const ok = parseInput('setLanguageOverride', { id: 'd_0123456789abcdef', language: null });
    expect(ok).toEqual({ ok: true, value: { id: 'd_0123456789abcdef', language: null } });
    const bad = parseInput('setReviewed', { id: 'd_0123456789abcdef', reviewed: 'yes' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.error.code).toBe('ipc.invalidPayload');
      expect(String(bad.error.params?.reason)).toContain('reviewed');
    }
  });

  it('dispatch never throws: unknown methods and bad payloads come back as errors', async () => {
    const api = {
      getSnapshot: async () => {
        throw new Error('boom');
      },
    } as unknown as WorkbenchService;
    expect(await dispatch(api, 'deleteEverything', {})).toEqual({ ok: false, error: { code: 'ipc.unknownMethod', params: { method: 'deleteEverything' } } });
    expect((await dispatch(api, 'getDocument', { id: 5 })).ok).toBe(false);
    const r = await dispatch(api, 'getSnapshot', {});
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('internal');
    // Prototype keys are not methods.
    expect((await dispatch(api, 'constructor', {})).ok).toBe(false);
    expect((await dispatch(api, '__proto__', {})).ok).toBe(false);
  });

  it('every error code has English text, with its parameters filled in', () => {
    for (const c of ERROR_CODES) expect(ERROR_TEXT_EN[c].length, c).toBeGreaterThan(3);
    expect(formatErrorEn({ code: 'import.tooLarge', params: { size: 60, limit: 50 } })).toBe('file too large (60 bytes; the limit is 50)');
  });
});
