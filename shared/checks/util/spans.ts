// Span helpers for rules that look at characters around a mark.
export function wordStartBefore(text: string, i: number): number {
  let j = i;
  while (j > 0 && /[\p{L}\p{N}’'\-]/u.test(text[j - 1]!)) j--;
  return j;
}

export function wordEndAfter(text: string, i: number): number {
  let j = i;
  while (j < text.length && /[\p{L}\p{N}’'\-]/u.test(text[j]!)) j++;
  return j;
}

export const isLetter = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);
export const isSpace = (c: string | undefined): boolean => c !== undefined && /[ \t\u00a0\u202f]/u.test(c);
