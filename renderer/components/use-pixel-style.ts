// The CSP forbids inline style attributes, but setting a property through the CSSOM is allowed:
// geometry that only JavaScript knows (virtualised offsets) is applied here instead of style={{…}}.
import { useLayoutEffect, type RefObject } from 'react';

export function usePixelStyle(ref: RefObject<HTMLElement | null>, property: string, px: number): void {
  useLayoutEffect(() => {
    ref.current?.style.setProperty(property, `${px}px`);
  }, [ref, property, px]);
}
