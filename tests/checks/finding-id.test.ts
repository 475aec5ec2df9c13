// Finding ids do not depend on offsets: an edit elsewhere in the document (which shifts every
// offset after it) leaves them as they were, so the editor's decisions stay attached.
import { describe, expect, it } from 'vitest';
import { assignFindingIds, contextAround, findingIdIn } from '../../shared/checks/finding-id.js';
import { check } from './helpers.js';

const BODY = 'The minister said the the talks went well.\nOfficials met on Monday.';

describe('finding ids', () => {
  it('stay the same when text is added or removed before the finding', () => {
    const id = (text: string) => check({ text, language: 'en' }, { noSpell: true }).find((f) => f.rule === 'repetition.doubled-word')!;
    const a = id(BODY);
    const b = id(`A new first paragraph was written here by the editor.\n${BODY}`);
    const c = id(BODY.replace('The minister', 'The new foreign minister'));
    expect(b.start).not.toBe(a.start);
    expect(b.id).toBe(a.id);
    expect(c.id).toBe(a.id);
  });

  it('differ for the same text in other words, and for repeats in the same words', () => {
    const text = 'We saw the the start.\nWe saw the the end.\nRepeat:\nWe saw the the end.';
    const f = check({ text, language: 'en' }, { noSpell: true }).filter((x) => x.rule === 'repetition.doubled-word');
    expect(f).toHaveLength(3);
    expect(new Set(f.map((x) => x.id)).size).toBe(3);
    expect(f.every((x) => /^f_[0-9a-f]{14}$/u.test(x.id))).toBe(true);
  });

  it('context stops at the line', () => {
    expect(contextAround('first line\nsecond the the third\nlast', 18, 25)).toEqual({ before: 'second ', after: ' third' });
  });

  it('ranks identical occurrences in the text itself: removing one does not renumber the others', () => {
    const original = 'Intro line here.\nShare this\nBody one.\nShare this\nBody two.\nShare this\n';
    const at = (k: number) => {
      let i = -1;
      for (let n = 0; n <= k; n++) i = original.indexOf('Share this', i + 1);
      return i;
    };
    const ids = [0, 1, 2].map((k) => findingIdIn(original, 'd', 'boilerplate.web-debris', 'Share this', at(k), at(k) + 10));
    expect(new Set(ids).size).toBe(3);
    // The app anchors ids in the original text: whatever the checks find after the first line is
    // removed, the second and third keep their ids (their decisions stay theirs).
    expect(
      assignFindingIds([{ id: '', docId: 'd', rule: 'boilerplate.web-debris', text: 'Share this', start: at(2), end: at(2) + 10 }], () => original)[0]!.id,
    ).toBe(ids[2]);
  });

  it('ranks identical findings in document order', () => {
    const text = 'x\nsame same\nx\nsame same\n';
    const fs = assignFindingIds(
      [
        { id: '', docId: 'd', rule: 'r', text: 'same same', start: 2, end: 11 },
        { id: '', docId: 'd', rule: 'r', text: 'same same', start: 14, end: 23 },
      ],
      () => text,
    );
    expect(fs[0]!.id).not.toBe(fs[1]!.id);
    const again = assignFindingIds([{ id: '', docId: 'd', rule: 'r', text: 'same same', start: 2, end: 11 }], () => text);
    expect(again[0]!.id).toBe(fs[0]!.id);
  });
});
