// Keeps a remembered window on a visible display: a monitor may have been unplugged since.
import type { WindowBounds } from '../services/settings-store.js';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export type Placement = { x?: number; y?: number; width: number; height: number; maximized: boolean };

export function fitToDisplays(saved: WindowBounds | null, displays: Rect[], fallback: { width: number; height: number }): Placement {
  if (!saved) return { ...fallback, maximized: false };
  const visible = displays.some(
    (d) => saved.x < d.x + d.width - 50 && saved.x + saved.width > d.x + 50 && saved.y >= d.y - 10 && saved.y < d.y + d.height - 50,
  );
  return visible ? saved : { width: saved.width, height: saved.height, maximized: saved.maximized };
}
