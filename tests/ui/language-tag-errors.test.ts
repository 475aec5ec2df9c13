// The project language-tag refusals reach the editor in their language, with the tag in question.
import { describe, expect, it } from 'vitest';
import { initI18n } from '../../renderer/i18n/index.js';
import { errorText } from '../../renderer/i18n/error-text.js';
import { checkLanguageTags } from '../../shared/export/lang-tag.js';

describe('language tag errors', () => {
  it('name the refused tag and the expected language in EN and FR', async () => {
    const bad = checkLanguageTags(['fr-CA', 'en-GB'], ['en', 'fr']);
    expect(bad.ok).toBe(false);
    const en = await initI18n('en');
    const fr = await initI18n('fr');
    const mismatch = { code: 'project.languageTagMismatch' as const, params: { tag: 'fr-CA', language: 'en' } };
    expect(errorText(en.t, mismatch)).toBe('“fr-CA” does not start with en, the project’s language in this place');
    expect(errorText(fr.t, mismatch)).toBe('«\u00a0fr-CA\u00a0» ne commence pas par en, la langue du projet à cette place');
    const invalid = { code: 'project.languageTagInvalid' as const, params: { tag: 'en-' } };
    expect(errorText(en.t, invalid)).toContain('“en-”');
    expect(errorText(fr.t, invalid)).toContain('«\u00a0en-\u00a0»');
  });
});
