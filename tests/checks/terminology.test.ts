import { describe, expect, it } from 'vitest';
import { glossaryToCsv, parseGlossaryCsv } from '../../shared/checks/glossary/csv.js';
import { glossaryToTbx, parseTbx } from '../../shared/checks/glossary/tbx.js';
import type { Glossary } from '../../shared/checks/glossary/types.js';
import { check, of } from './helpers.js';

const glossary: Glossary = {
  entries: [
    {
      id: 'secstate',
      kind: 'title',
      person: 'Antony Blinken',
      terms: {
        en: [
          { text: 'Secretary of State', status: 'preferred' },
          { text: 'State Secretary', status: 'forbidden' },
          { text: 'Foreign Minister', status: 'forbidden' },
        ],
        fr: [
          { text: 'secrétaire d’État', status: 'preferred' },
          { text: 'ministre des Affaires étrangères', status: 'forbidden' },
        ],
      },
    },
    {
      id: 'n1',
      kind: 'name',
      doNotTranslate: true,
      note: 'a "quoted", note',
      terms: {
        '*': [
          { text: 'Blinken', status: 'preferred' },
          { text: 'Flashing', status: 'forbidden' },
        ],
      },
    },
    {
      id: 't1',
      kind: 'term',
      subject: 'trade',
      terms: {
        en: [
          { text: 'tariff', status: 'preferred' },
          { text: 'customs tax', status: 'forbidden', note: 'calque' },
        ],
      },
    },
  ],
};

describe('terminology', () => {
  it('flags a forbidden title bound to the person and suggests the preferred one', () => {
    const f = of(
      check(
        {
          text: 'State Secretary Antony Blinken arrived. WASHINGTON – Foreign Minister Antony Blinken on Wednesday spoke. A customs tax was raised.',
          language: 'en',
        },
        { glossary, noSpell: true },
      ),
      'terminology',
    );
    expect(f.map((x) => [x.text, x.suggestions[0]])).toEqual([
      ['State Secretary', 'Secretary of State'],
      ['Foreign Minister', 'Secretary of State'],
      ['customs tax', 'tariff'],
    ]);
  });
  it('does not flag the same title for another person', () => {
    const t = 'Lithuanian Foreign Minister Gabrielius Landsbergis said so. Later, Blinken pressed Turkey’s foreign minister over the purchase.';
    expect(of(check({ text: t, language: 'en' }, { glossary, noSpell: true }), 'terminology')).toEqual([]);
  });
  it('round-trips CSV and TBX v2, and imports TBX v3', () => {
    expect(parseGlossaryCsv(glossaryToCsv(glossary))).toEqual(glossary);
    const tbx = glossaryToTbx(glossary);
    expect(tbx).toContain('<martif type="TBX-Basic"');
    expect(parseTbx(tbx)).toEqual(glossary);
    const v3 = `<?xml version="1.0"?><tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"><tbxHeader/><text><body>
      <conceptEntry id="c1"><langSec xml:lang="en"><termSec><term>Secretary of State</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec>
      <termSec><term>State Secretary</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></termSec></langSec>
      <langSec xml:lang="fr-FR"><termSec><term>secrétaire d’État &amp; co</term></termSec></langSec></conceptEntry></body></text></tbx>`;
    expect(parseTbx(v3)).toEqual({
      entries: [
        {
          id: 'c1',
          kind: 'term',
          terms: {
            en: [
              { text: 'Secretary of State', status: 'preferred' },
              { text: 'State Secretary', status: 'forbidden' },
            ],
            fr: [{ text: 'secrétaire d’État & co', status: 'admitted' }],
          },
        },
      ],
    });
  });
  it('rejects non-TBX XML and CSV without the needed columns', () => {
    expect(() => parseTbx('<html/>')).toThrow();
    expect(() => parseGlossaryCsv('a,b\n1,2')).toThrow();
  });
});
