import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../shared/segment/index.js';

const corpus = (name: string): string => readFileSync(fileURLToPath(new URL(`../../corpus/${name}`, import.meta.url)), 'utf8');

describe('sample corpus', () => {
  const doc000 = splitSentences(corpus('000_07a315d54f2e0aa4.txt'), 'en');
  const doc001 = splitSentences(corpus('001_2e2be9141cb380e2.txt'), 'en');
  const doc002 = splitSentences(corpus('002_c5a6547c0aa22e93.txt'), 'en');
  const doc003 = splitSentences(corpus('003_d670f26b36215e80.txt'), 'fr');
  const doc004 = splitSentences(corpus('004_aad8ed66e90f3308.txt'), 'fr');
  const find = (spans: typeof doc000, needle: string) => spans.filter((s) => s.text.includes(needle));

  it('000: the "improve the rules" sentence is one sentence, ending at the MT-misplaced quote', () => {
    const [s] = find(doc000, 'improve the rules');
    expect(s?.text.startsWith('There is no question that Beijing')).toBe(true);
    expect(s?.text.endsWith('“Blinken said during a speech at NATO headquarters in Brussels.')).toBe(true);
  });

  it('000: the WASHINGTON lead is one sentence', () => {
    const [s] = find(doc000, 'WASHINGTON');
    expect(s?.text).toBe(
      'WASHINGTON – Foreign Minister Antony Blinken on Wednesday issued a strong charge against China’s extensive use of coercive measures, calling on NATO allies to work with the US to push Beijing back.',
    );
  });

  it('000: quotes split into their sentences', () => {
    expect(find(doc000, 'said Biden.').map((s) => s.text)).toEqual(['“But we are also ready to work with Beijing if it is in the US interest,” said Biden.']);
    expect(doc000.length).toBe(36);
  });

  it('001: "undercut the rules" quote and speech verb stay together', () => {
    const [s] = find(doc001, 'undercut the rules');
    expect(s?.text).toBe(
      '“They are actively working to undercut the rules of the international system and the values we and our allies share,” Blinken said of China, standing by the 30 flags of the NATO alliance.',
    );
    expect(find(doc001, '1.34 billion')).toHaveLength(1);
    expect(find(doc001, '5.7%')[0]?.text).toBe(
      'Prior to the speech, the Chinese Foreign Ministry said on Twitter: “The US, UK and Canada together account for only 5.7% of the world’s population.',
    );
  });

  it('002: "a U.S. official said" does not break', () => {
    expect(find(doc002, 'U.S. official')[0]?.text).toBe(
      'Antony Blinken will also ask China to avoid measures “provocative” during the inauguration of Taiwanese President-elect Lai Ching-te next month, a U.S. official said.',
    );
  });

  it('003: French quotes, spaced ellipsis and guillemets', () => {
    expect(find(doc003, 'salle')[0]?.text).toBe('Il y a eu un changement et cela s’est fait sentir dans la salle … c’était une nouveauté.');
    expect(find(doc003, 'frappant')[0]?.text).toBe('C’était très frappant», a déclaré au journal l’une des sources informées du dossier.');
    expect(
      find(doc003, 'rivaux…')[0]?.text.endsWith(
        'a déclaré le ministre chinois des Affaires étrangères Wang Yi dans un discours clé à la Conférence de Munich sur la sécurité.',
      ),
    ).toBe(true);
  });

  it('004: every sentence is within one paragraph and offsets are exact', () => {
    const text = corpus('004_aad8ed66e90f3308.txt');
    for (const s of doc004) {
      expect(text.slice(s.start, s.end)).toBe(s.text);
      expect(s.text.includes('\n')).toBe(false);
    }
    expect(find(doc004, 'aux États-Unis. États-Unis.')).toHaveLength(0);
    expect(doc004.slice(-2).map((s) => s.text)).toEqual(['NEXT Fiumefreddo, accident de la route sur l’A18.', 'Intervention par ambulance aérienne –']);
  });
});
