// The project's language tags: well-formed BCP 47, each a tag of the project's language at its place.
import { describe, expect, it } from 'vitest';
import { checkLanguageTags } from '../../shared/export/lang-tag.js';

describe('checkLanguageTags', () => {
  it('canonicalises regional tags of the project languages', () => {
    expect(checkLanguageTags(['en-gb', 'fr_CA'], ['en', 'fr'])).toEqual({ ok: true, tags: ['en-GB', 'fr-CA'] });
    expect(checkLanguageTags(['en', 'fr-Latn-CH'], ['en', 'fr'])).toEqual({ ok: true, tags: ['en', 'fr-Latn-CH'] });
    // Other project languages: the check follows the project, not a fixed pair.
    expect(checkLanguageTags(['de-AT', 'it-CH'], ['de', 'it'])).toEqual({ ok: true, tags: ['de-AT', 'it-CH'] });
  });

  it('refuses malformed tags with the tag in question', () => {
    for (const bad of ['', 'en-', 'en--GB', 'x-private', 'e', 'en GB']) {
      expect(checkLanguageTags([bad, 'fr-CA'], ['en', 'fr'])).toMatchObject({ ok: false, problem: 'syntax', tag: bad });
    }
  });

  it('refuses a tag whose primary language is not the project language at that place', () => {
    expect(checkLanguageTags(['fr-CA', 'en-GB'], ['en', 'fr'])).toEqual({ ok: false, problem: 'language', tag: 'fr-CA', language: 'en' });
    expect(checkLanguageTags(['en-GB', 'en-US'], ['en', 'fr'])).toEqual({ ok: false, problem: 'language', tag: 'en-US', language: 'fr' });
  });
});
