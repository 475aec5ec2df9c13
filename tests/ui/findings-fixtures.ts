// Findings for the findings-panel unit tests (the shape getFindings returns).
import type { FindingView } from '../../shared/api/contract.js';

let n = 0;
export function finding(p: Partial<FindingView> = {}): FindingView {
  n++;
  return {
    id: `f_${String(n).padStart(8, '0')}`,
    docId: 'd_000000000001',
    docName: '000.txt',
    category: 'quotes',
    rule: 'quotes.balance',
    severity: 'warning',
    start: 0,
    end: 1,
    text: 'x',
    suggestions: ['y'],
    message: { key: 'legacy', params: { en: 'English message', fr: 'Message en français' } },
    safe: false,
    evidence: [],
    status: 'open',
    context: { before: '', after: '' },
    ...p,
  };
}
