// tokensWithin (binary search) must give exactly what filtering every token gives, for spans
// that start or end inside a token, on a boundary, or outside the text.
import { describe, expect, it } from 'vitest';
import { tokenize, tokensWithin } from '../../shared/checks/util/text.js';

describe('tokensWithin', () => {
  it('equals the filter over all tokens for every span', () => {
    const text = 'Mr. Dale Brook said: “the port reopens on 3 May.” Then — silence.  End';
    const toks = tokenize(text);
    expect(toks.length).toBeGreaterThan(10);
    for (let s = -1; s <= text.length + 1; s++) {
      for (let e = s; e <= text.length + 1; e++) {
        const want = toks.filter((t) => t.start >= s && t.end <= e);
        expect(tokensWithin(toks, s, e)).toEqual(want);
      }
    }
  });
});
