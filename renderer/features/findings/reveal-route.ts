// Where to show a finding: the current view when it already shows that document (its Document
// view, or a Pair view with the document on one side), else the document's own view.
import type { PairSummary } from '../../../shared/api/contract.js';
import type { Route } from '../../app/views.js';

export function revealRoute(route: Route, docId: string, pairs: readonly PairSummary[]): Route {
  if (route.view === 'document' && route.id === docId) return route;
  if (route.view === 'pair' && route.id) {
    const pair = pairs.find((p) => p.id === route.id);
    if (pair && (pair.a === docId || pair.b === docId)) return route;
  }
  return { view: 'document', id: docId };
}
