// Text that may hold inline codes of an imported bilingual file (shared/export/inline.ts): each
// code is one private-use character, shown as a numbered tag chip that cannot be selected apart
// or edited, and named for screen readers. Plain text passes through as text nodes.
import { splitCodes } from '../../shared/export/inline.js';
import { useT } from '../i18n/index.js';
import '../styles/inline-codes.css';

/** Whether a text holds codes (cheap test before splitting). */
export function hasInlineCodes(text: string): boolean {
  return /[\uE000-\uF8FF]/.test(text);
}

/** The codes of a text in order, as a sorted multiset key: an edit must keep it unchanged. */
export function codeSignature(text: string): string {
  return [...text.matchAll(/[\uE000-\uF8FF]/g)]
    .map((m) => m[0])
    .sort()
    .join('');
}

export function InlineCodes({ text, first = 1 }: { text: string; first?: number }) {
  const { t } = useT();
  if (!hasInlineCodes(text)) return <>{text}</>;
  let n = first - 1;
  return (
    <>
      {splitCodes(text).map((r, i) => {
        if ('text' in r) return r.text;
        n++;
        return (
          <span
            key={i}
            className="inline-code"
            role="img"
            aria-label={t('pair.code', { n })}
            title={t('pair.code', { n })}
            data-code={r.code}
            contentEditable={false}
          >
            {n}
          </span>
        );
      })}
    </>
  );
}
