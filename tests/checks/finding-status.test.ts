// One status derivation for the service, the export/QA report and the renderer: by finding id,
// the latest record in effect wins, undone records count for nothing, spans are never compared.
import { describe, expect, it } from 'vitest';
import { decisionOf, findingDecisions } from '../../shared/history/finding-status.js';
import type { EditRecord, History, StatusEdit, TextEdit } from '../../shared/history/records.js';

let n = 0;
const text = (p: Partial<TextEdit>): TextEdit => ({
  id: `e${++n}`,
  at: '2026-01-01T00:00:00Z',
  label: 'accept-fix',
  kind: 'text',
  docId: 'd',
  start: 0,
  end: 3,
  before: 'abc',
  after: 'xyz',
  source: 'spacing.punctuation',
  ...p,
});
const status = (id: string, after: string | null, note?: string): StatusEdit => ({
  id: `s${++n}`,
  at: '2026-01-01T00:00:00Z',
  label: 'reject-finding',
  kind: 'status',
  target: `finding:${id}`,
  before: null,
  after,
  ...(note ? { note } : {}),
});
const hist = (records: EditRecord[], cursor = records.length): History => ({ records, cursor });

describe('findingDecisions', () => {
  it('a fix naming the finding accepts it; a hand-written fix edits it; a revert reopens it', () => {
    const d = findingDecisions(hist([text({ findingId: 'f_a' }), text({ findingId: 'f_b', source: 'manual', after: 'mine' })]));
    expect(d.get('f_a')).toEqual({ status: 'accepted', applied: 'xyz' });
    expect(d.get('f_b')).toEqual({ status: 'edited', applied: 'mine' });
    const back = findingDecisions(hist([text({ findingId: 'f_a' }), text({ findingId: 'f_a', source: 'revert', after: 'abc' })]));
    expect(decisionOf(back, 'f_a')).toEqual({ status: 'open' });
  });

  it('rejected with the reason, reopened by a later record; older "dismissed" is a rejection', () => {
    expect(findingDecisions(hist([status('f_a', 'rejected', 'house style')])).get('f_a')).toEqual({ status: 'rejected', reason: 'house style' });
    expect(findingDecisions(hist([status('f_a', 'rejected'), status('f_a', 'open')])).get('f_a')).toEqual({ status: 'open' });
    expect(findingDecisions(hist([status('f_a', 'dismissed')])).get('f_a')?.status).toBe('rejected');
  });

  it('undone records (past the cursor) count for nothing; batches count record by record', () => {
    const records: EditRecord[] = [
      { id: 'b', at: '2026-01-01T00:00:00Z', label: 'apply-to-all:2', kind: 'batch', records: [text({ findingId: 'f_a' }), text({ findingId: 'f_b' })] },
      status('f_c', 'rejected'),
    ];
    const all = findingDecisions(hist(records));
    expect([all.get('f_a')?.status, all.get('f_b')?.status, all.get('f_c')?.status]).toEqual(['accepted', 'accepted', 'rejected']);
    const undone = findingDecisions(hist(records, 1));
    expect(decisionOf(undone, 'f_c').status).toBe('open');
    expect(findingDecisions(hist(records, 0)).size).toBe(0);
  });

  it('never by span: an edit that does not name the finding leaves it open', () => {
    const d = findingDecisions(hist([text({ start: 10, end: 18, source: 'manual' })]));
    expect(decisionOf(d, 'f_same_span')).toEqual({ status: 'open' });
  });

  it('an alias (the id under the older scheme) carries an old decision; the own id wins', () => {
    const d = findingDecisions(hist([status('f_old', 'rejected'), text({ findingId: 'f_new' })]));
    expect(decisionOf(d, 'f_missing', ['f_old']).status).toBe('rejected');
    expect(decisionOf(d, 'f_new', ['f_old']).status).toBe('accepted');
  });

  it('reads export edits as well as history records', () => {
    const d = findingDecisions([{ kind: 'text', findingId: 'f_x', source: 'boilerplate.web-debris', after: '' }, { kind: 'alignment' }]);
    expect(d.get('f_x')).toEqual({ status: 'accepted', applied: '' });
  });
});
