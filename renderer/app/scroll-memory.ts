// Where a view was scrolled to, kept in the browser history entry (history.state survives a
// reload and comes back with Back): the address says which view, this says how far down.
import { useEffect, type RefObject } from 'react';

type Saved = { scroll?: Record<string, number> };

export function useRememberedScroll(ref: RefObject<HTMLElement | null>, key: string, ready: boolean): void {
  useEffect(() => {
    const el = ref.current;
    if (!el || !ready) return;
    const saved = (history.state as Saved | null)?.scroll?.[key];
    if (typeof saved === 'number' && saved > 0) el.scrollTop = saved;
    let frame = 0;
    const onScroll = () => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        const state = (history.state as Saved | null) ?? {};
        history.replaceState({ ...state, scroll: { ...state.scroll, [key]: Math.round(el.scrollTop) } }, '', window.location.href);
      });
    };
    el.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      el.removeEventListener('scroll', onScroll);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [ref, key, ready]);
}
