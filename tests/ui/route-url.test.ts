import { describe, expect, it } from 'vitest';
import { hashToRoute, routeToHash } from '../../renderer/app/route-url.js';
import type { Route } from '../../renderer/app/views.js';

describe('the route in the address', () => {
  it('round-trips every view', () => {
    const routes: Route[] = [
      { view: 'documents' },
      { view: 'document', id: 'd_0123456789abcdef' },
      { view: 'pair', id: 'p_0123456789abcdef' },
      { view: 'pair', id: null },
      { view: 'pair', id: 'p_0123456789abcdef', bead: 42 },
      { view: 'search' },
      { view: 'glossary' },
      { view: 'export' },
    ];
    for (const r of routes) expect(hashToRoute(routeToHash(r))).toEqual(r);
  });
  it('an unknown or malformed address is the Documents view', () => {
    expect(hashToRoute('')).toEqual({ view: 'documents' });
    expect(hashToRoute('#/nope')).toEqual({ view: 'documents' });
    expect(hashToRoute('#/document/../../etc')).toEqual({ view: 'documents' });
    expect(hashToRoute('#/document/p_0123456789abcdef')).toEqual({ view: 'documents' });
  });
});
