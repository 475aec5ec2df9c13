// The route lives in the address (the hash), so a reload — or a link — returns to the same view:
// #/documents, #/document/<id>, #/pair/<id>[/<bead>], #/pairs, #/search, #/glossary, #/export.
import type { Route } from './views.js';

const ID = /^[dp]_[0-9a-f]{8,64}$/;

export function routeToHash(r: Route): string {
  switch (r.view) {
    case 'document':
      return `#/document/${r.id}`;
    case 'pair':
      return r.id ? `#/pair/${r.id}${r.bead ? `/${r.bead}` : ''}` : '#/pairs';
    default:
      return `#/${r.view}`;
  }
}

/** The route a hash names; anything unknown or malformed is the Documents view. */
export function hashToRoute(hash: string): Route {
  const [view, id, extra] = hash.replace(/^#\/?/, '').split('/');
  switch (view) {
    case 'document':
      return id && ID.test(id) && id.startsWith('d_') ? { view: 'document', id } : { view: 'documents' };
    case 'pair':
      if (!id || !ID.test(id) || !id.startsWith('p_')) return { view: 'pair', id: null };
      // The bead the editor was on (its place in the pair), when there was one.
      return extra && /^\d{1,7}$/.test(extra) && Number(extra) > 0 ? { view: 'pair', id, bead: Number(extra) } : { view: 'pair', id };
    case 'pairs':
      return { view: 'pair', id: null };
    case 'search':
    case 'glossary':
    case 'export':
      return { view };
    default:
      return { view: 'documents' };
  }
}
