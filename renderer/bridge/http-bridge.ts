// Browser front: the loopback HTTP bridge served by `bitext serve`. Every request carries the
// per-launch token; events arrive as server-sent events.
import type { Result, WorkbenchEvent } from '../../shared/api/contract.js';
import { ApiCallError, type Bridge } from './types.js';

const TOKEN_KEY = 'bitext.token';

/** Take the token from ?token=… once, keep it for reloads, and remove it from the address bar. */
export function takeToken(loc: Location, storage: Storage, history: History): string | null {
  const url = new URL(loc.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    storage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    history.replaceState(null, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return storage.getItem(TOKEN_KEY);
}

export function createHttpBridge(baseUrl: string, token: string): Bridge {
  return {
    kind: 'http',
    async call(method, input) {
      const res = await fetch(`${baseUrl}/api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(input ?? {}),
      });
      // The server no longer knows this page's token: it was restarted (a new token each launch).
      if (res.status === 401) throw new ApiCallError({ code: 'session.lost' });
      let body: Result<unknown>;
      try {
        body = (await res.json()) as Result<unknown>;
      } catch {
        throw new ApiCallError({ code: 'internal', detail: `HTTP ${res.status}` });
      }
      if (!body.ok) throw new ApiCallError(body.error);
      return body.value as never;
    },
    onEvent(cb, onLost, onOpen) {
      const es = new EventSource(`${baseUrl}/api/events?token=${encodeURIComponent(token)}`);
      es.onmessage = (m) => cb(JSON.parse(m.data as string) as WorkbenchEvent);
      // Also after EventSource reconnected by itself: events of the gap were lost.
      es.onopen = () => onOpen?.();
      // EventSource retries a dropped stream by itself; CLOSED means it gave up (e.g. 401).
      es.onerror = () => {
        if (es.readyState === EventSource.CLOSED) onLost?.();
      };
      return () => es.close();
    },
  };
}
