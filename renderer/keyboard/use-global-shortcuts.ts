// Window-level commands (Ctrl/Cmd+O, Ctrl/Cmd+Shift+O, Ctrl/Cmd+F, ?).
import { useEffect, useRef } from 'react';
import { isTypingTarget, matchGlobalCommand, type GlobalCommand } from './shortcuts.js';

export function useGlobalShortcuts(handlers: Record<GlobalCommand, () => void>): void {
  const latest = useRef(handlers);
  latest.current = handlers;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.isComposing) return;
      const command = matchGlobalCommand(e, isTypingTarget(e.target));
      if (!command) return;
      e.preventDefault();
      latest.current[command]();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
