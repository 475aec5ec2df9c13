import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES, DEFAULT_SRX, parseSrx, serializeSrx, splitSentences, srxWarnings, SrxError } from '../../shared/segment/index.js';
import { translateJavaRegex } from '../../shared/segment/java-regex.js';
import { sentences } from './helpers.js';

// An OmegaT-style file: no header attributes, upper-case language patterns, Java escapes.
const OMEGAT_STYLE = `<?xml version="1.0" encoding="UTF-8"?>
<srx xmlns="http://www.lisa.org/srx20" version="2.0">
  <header/>
  <body>
    <languagerules>
      <languagerule languagerulename="English">
        <rule break="no"><beforebreak>\\bMr\\.</beforebreak><afterbreak>\\s</afterbreak></rule>
      </languagerule>
      <languagerule languagerulename="Default">
        <rule break="yes"><beforebreak>[\\.\\?\\!]+</beforebreak><afterbreak>\\s</afterbreak></rule>
      </languagerule>
    </languagerules>
    <maprules>
      <languagemap languagepattern="EN.*" languagerulename="English"/>
      <languagemap languagepattern=".*" languagerulename="Default"/>
    </maprules>
  </body>
</srx>`;

function srx(rules: string, maps: string, header = '<header segmentsubflows="yes" cascade="yes"/>'): string {
  return `<?xml version="1.0"?><srx xmlns="http://www.lisa.org/srx20" version="2.0">${header}<body><languagerules>${rules}</languagerules><maprules>${maps}</maprules></body></srx>`;
}

describe('SRX documents', () => {
  it('the built-in rules round-trip through serializeSrx and parseSrx', () => {
    expect(parseSrx(serializeSrx(DEFAULT_RULES))).toEqual(DEFAULT_RULES);
    expect(serializeSrx(DEFAULT_RULES)).toBe(DEFAULT_SRX);
    expect(DEFAULT_SRX).toContain('<srx xmlns="http://www.lisa.org/srx20" version="2.0">');
    expect(DEFAULT_SRX).toContain('<header segmentsubflows="yes" cascade="yes"/>');
    expect(DEFAULT_RULES.languageRules.map((r) => r.name)).toEqual(['English', 'French', 'Default']);
    expect(srxWarnings(DEFAULT_RULES)).toEqual([]);
  });

  it('keeps rule comments, regex whitespace and XML-special characters', () => {
    const rules = parseSrx(
      srx(
        '<languagerule languagerulename="A &amp; B"><!-- why --><rule break="no"><beforebreak>(?&lt;![a-z]) </beforebreak><afterbreak><![CDATA[x<y]]></afterbreak></rule><rule><beforebreak>\\.</beforebreak><afterbreak/></rule></languagerule>',
        '<languagemap languagepattern=".*" languagerulename="A &amp; B"/>',
      ),
    );
    expect(rules.languageRules[0]).toEqual({
      name: 'A & B',
      rules: [
        { break: false, beforeBreak: '(?<![a-z]) ', afterBreak: 'x<y', comment: 'why' },
        { break: true, beforeBreak: '\\.', afterBreak: '' },
      ],
    });
    expect(parseSrx(serializeSrx(rules))).toEqual(rules);
  });

  it('reads OmegaT-style files leniently (no header attributes → cascade)', () => {
    const rules = parseSrx(OMEGAT_STYLE);
    expect(rules.cascade).toBe(true);
    expect(sentences('Mr. Smith left. He came back.', 'en-US', rules)).toEqual(['Mr. Smith left.', 'He came back.']);
    // Language patterns match case-insensitively; Default alone breaks after "Mr.".
    expect(sentences('Mr. Smith left.', 'de', rules)).toEqual(['Mr.', 'Smith left.']);
  });

  it('without cascade only the first matching map applies', () => {
    const noCascade = OMEGAT_STYLE.replace('<header/>', '<header segmentsubflows="yes" cascade="no"/>');
    const rules = parseSrx(noCascade);
    expect(rules.cascade).toBe(false);
    // English rules have no break rule, so nothing breaks.
    expect(sentences('Mr. Smith left. He came back.', 'en', rules)).toEqual(['Mr. Smith left. He came back.']);
  });

  it('reads SRX 1.0 map rules and namespace prefixes', () => {
    const v1 = `<srx:srx xmlns:srx="http://www.lisa.org/srx10" version="1.0"><srx:header segmentsubflows="yes"/><srx:body><srx:languagerules>
      <srx:languagerule languagerulename="All"><srx:rule break="yes"><srx:beforebreak>;</srx:beforebreak><srx:afterbreak> </srx:afterbreak></srx:rule></srx:languagerule>
      </srx:languagerules><srx:maprules><srx:maprule maprulename="Default"><srx:languagemap languagepattern=".*" languagerulename="All"/></srx:maprule></srx:maprules></srx:body></srx:srx>`;
    expect(sentences('one; two; three', 'en', parseSrx(v1))).toEqual(['one;', 'two;', 'three']);
  });

  it('a user SRX file overrides the built-in behaviour', () => {
    const user = parseSrx(
      srx(
        `<languagerule languagerulename="Semicolons">
         <rule break="no"><beforebreak>\\bDr\\.</beforebreak><afterbreak>\\s</afterbreak></rule>
         <rule break="yes"><beforebreak>[;.]</beforebreak><afterbreak>\\s+</afterbreak></rule>
       </languagerule>`,
        '<languagemap languagepattern="en.*" languagerulename="Semicolons"/>',
      ),
    );
    const text = 'Mr. Smith met Dr. Jones; they talked. Fine.';
    expect(sentences(text, 'en')).toEqual(['Mr. Smith met Dr. Jones; they talked.', 'Fine.']);
    expect(sentences(text, 'en', user)).toEqual(['Mr.', 'Smith met Dr. Jones;', 'they talked.', 'Fine.']);
    // No map for French in the user file: nothing breaks, line breaks still do.
    expect(sentences('Un. Deux.\nTrois.', 'fr', user)).toEqual(['Un. Deux.', 'Trois.']);
  });

  it('the first matching rule wins, break or not', () => {
    const rules = parseSrx(
      srx(
        `<languagerule languagerulename="R">
        <rule break="yes"><beforebreak>Stop\\.</beforebreak><afterbreak>\\s</afterbreak></rule>
        <rule break="no"><beforebreak>\\.</beforebreak><afterbreak>\\s</afterbreak></rule>
        <rule break="yes"><beforebreak>\\.</beforebreak><afterbreak>\\s</afterbreak></rule>
      </languagerule>`,
        '<languagemap languagepattern=".*" languagerulename="R"/>',
      ),
    );
    expect(sentences('Go. Stop. Go. Stop. End', 'xx', rules)).toEqual(['Go. Stop.', 'Go. Stop.', 'End']);
  });

  it('rejects malformed documents with a clear message', () => {
    expect(() => parseSrx('<srx><body>')).toThrow(/not well-formed XML/);
    expect(() => parseSrx('<foo/>')).toThrow(/root element must be <srx>/);
    expect(() => parseSrx(srx('<languagerule languagerulename="A"/>', '<languagemap languagepattern=".*" languagerulename="B"/>'))).toThrow(
      /unknown languagerule “B”/,
    );
    const bad = srx(
      '<languagerule languagerulename="A"><rule><beforebreak>[a-z&amp;&amp;[^e]]</beforebreak><afterbreak/></rule></languagerule>',
      '<languagemap languagepattern=".*" languagerulename="A"/>',
    );
    expect(() => parseSrx(bad)).toThrow(SrxError);
    expect(() => parseSrx(bad)).toThrow(/rule 1 of “A”, beforebreak: character class intersection/);
  });
});

describe('Java/ICU regex translation', () => {
  const js = (src: string): string => translateJavaRegex(src).source;
  const matches = (src: string, text: string): boolean => {
    const t = translateJavaRegex(src);
    return new RegExp(t.source, `u${t.flags}`).test(text);
  };

  it('rewrites escapes that JS u-mode rejects', () => {
    expect(js('\\\'\\"\\-\\ ')).toBe('\'"- ');
    expect(matches('a\\-b', 'a-b')).toBe(true);
    expect(js('\\Qa.b*\\E')).toBe('a\\.b\\*');
    expect(matches('x{', 'x{')).toBe(true);
    expect(matches('x]', 'x]')).toBe(true);
  });

  it('maps Java and POSIX properties', () => {
    expect(matches('^\\p{Lu}$', 'É')).toBe(true);
    expect(matches('^\\p{IsLu}$', 'É')).toBe(true);
    expect(matches('^\\pL$', 'é')).toBe(true);
    expect(matches('^\\p{IsLatin}+$', 'Ça')).toBe(true);
    expect(matches('^\\p{Alpha}$', 'é')).toBe(false); // POSIX classes are ASCII in Java
    expect(matches('^\\p{Punct}$', '!')).toBe(true);
    expect(matches('^\\p{javaLowerCase}$', 'é')).toBe(true);
    expect(matches('^[[:Lu:]]$', 'A')).toBe(true);
    expect(matches('^\\x{E9}$', 'é')).toBe(true);
    expect(() => translateJavaRegex('\\p{InGreek}')).toThrow(/block/);
  });

  it('keeps word boundaries Unicode-aware like Java', () => {
    expect(matches('\\bÉtats\\b', 'les États-Unis')).toBe(true);
    expect(matches('tats\\b', 'États')).toBe(true);
    expect(matches('\\btats', 'États')).toBe(false);
  });

  it('handles leading inline flags and rejects others', () => {
    expect(translateJavaRegex('(?i)mr\\.').flags).toBe('i');
    expect(matches('(?iu)^mr\\.$', 'MR.')).toBe(true);
    expect(() => translateJavaRegex('a(?i)b')).toThrow(/inline flags/);
    expect(() => translateJavaRegex('(?x)a b')).toThrow(/\(\?x\)/);
  });

  it('approximates possessive quantifiers and atomic groups with a warning', () => {
    const t = translateJavaRegex('a++b(?>cd|c)');
    expect(t.source).toBe('a+b(?:cd|c)');
    expect(t.warnings.length).toBe(2);
    expect(matches('^\\d*+\\.$', '12.')).toBe(true);
  });

  it('renumbers backreferences when rules are combined', () => {
    expect(translateJavaRegex('(a)\\1', '', 3).source).toBe('(a)\\4');
  });

  it('a rule using (?i) applies only to its own part', () => {
    const rules = parseSrx(
      srx(
        `<languagerule languagerulename="R">
        <rule break="no"><beforebreak>(?i)\\bmr\\.</beforebreak><afterbreak>\\s</afterbreak></rule>
        <rule break="yes"><beforebreak>\\.</beforebreak><afterbreak>\\s+A</afterbreak></rule>
      </languagerule>`,
        '<languagemap languagepattern=".*" languagerulename="R"/>',
      ),
    );
    expect(sentences('See MR. Abbot. Also mr. Adams. a', 'en', rules)).toEqual(['See MR. Abbot.', 'Also mr. Adams. a']);
    expect(splitSentences('x. a', 'en', rules)).toHaveLength(1);
  });
});
