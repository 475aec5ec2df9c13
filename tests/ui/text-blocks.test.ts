import { describe, expect, it } from 'vitest';
import { textBlocks } from '../../renderer/features/documents/text-blocks.js';
import { summary } from './fixtures.js';

describe('textBlocks', () => {
  const text = 'Hello world.\n\nBonjour le monde.\n\nTail text';
  const detail = {
    summary: summary({ language: 'en' }),
    text,
    segments: [
      { start: 14, end: 31, language: 'fr', confidence: 0.9, inherited: false },
      { start: 0, end: 12, language: 'en', confidence: 0.9, inherited: false },
    ],
  };

  it('follows text order, marks foreign segments and keeps uncovered text in the document language', () => {
    expect(textBlocks(detail).map((b) => [b.text, b.language, b.foreign, b.segmentIndex])).toEqual([
      ['Hello world.', 'en', false, 1],
      ['Bonjour le monde.', 'fr', true, 0],
      ['Tail text', 'en', false, -1],
    ]);
  });

  it('an inherited segment is never foreign, and offsets past the end are clamped', () => {
    const blocks = textBlocks({ ...detail, segments: [{ start: 0, end: 999, language: 'fr', confidence: 0, inherited: true }] });
    expect(blocks).toHaveLength(1);
    expect(blocks[0]!.foreign).toBe(false);
    expect(blocks[0]!.end).toBe(text.length);
  });
});
