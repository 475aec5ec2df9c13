// What every key matcher reads from a keydown: the key (letters lower-cased, so Shift and Caps Lock
// do not change them; named keys such as ArrowUp as they are) and the modifiers, with Ctrl and Cmd
// as one "command" modifier. Ctrl+Alt is AltGr on Windows (it types characters): `altGr` says so,
// and no matcher treats it as a command.

/** The part of a KeyboardEvent the matchers need (plain objects in tests). */
export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  isComposing?: boolean;
}

export interface KeyChord {
  key: string;
  /** Ctrl, or Cmd on a Mac. */
  cmd: boolean;
  alt: boolean;
  shift: boolean;
  /** Ctrl/Cmd together with Alt: AltGr on Windows, never a command. */
  altGr: boolean;
  /** Bare: no Ctrl, Cmd, Alt or Shift. */
  bare: boolean;
  /** An input method is composing: the key belongs to it. */
  composing: boolean;
}

export function readKey(e: KeyLike): KeyChord {
  const cmd = e.ctrlKey || e.metaKey;
  return {
    key: e.key.length === 1 ? e.key.toLowerCase() : e.key,
    cmd,
    alt: e.altKey,
    shift: e.shiftKey,
    altGr: cmd && e.altKey,
    bare: !cmd && !e.altKey && !e.shiftKey,
    composing: e.isComposing === true,
  };
}
