import { describe, expect, it } from 'vitest';
import { KEY_COLUMNS, gridTemplate, visibleColumns } from '../../renderer/features/documents/columns.js';

describe('documents table columns', () => {
  it('keeps the key columns at any width and adds the others while they fit', () => {
    const narrow = visibleColumns(30, {});
    expect(narrow).toEqual(['name', 'language', 'confidence', 'findings', 'reviewed']);
    for (const c of KEY_COLUMNS) expect(narrow).toContain(c);
    const mid = visibleColumns(48, {});
    expect(mid).toContain('words');
    expect(mid).toContain('sentences');
    expect(mid).not.toContain('override');
    expect(visibleColumns(200, {})).toHaveLength(9);
    // Order follows the table's order, whatever was added first.
    expect(mid.indexOf('words')).toBeLessThan(mid.indexOf('findings'));
  });
  it('the editor’s choice wins over the width', () => {
    expect(visibleColumns(30, { override: true })).toContain('override');
    expect(visibleColumns(200, { mix: false })).not.toContain('mix');
    // The key columns cannot be hidden.
    expect(visibleColumns(200, { name: false } as never)).toContain('name');
  });
  it('the grid template has one track per column shown, and its minimum width', () => {
    const cols = visibleColumns(44, {});
    const { template, minRem } = gridTemplate(cols);
    expect(template.split(/ (?![^(]*\))/)).toHaveLength(cols.length);
    expect(minRem).toBeLessThanOrEqual(44);
  });
});
