import { Parser } from 'htmlparser2';
import { WorkbenchError } from '../../../shared/api/errors.js';

// Turns an HTML page into the article's plain text: paragraphs separated by a blank line,
// <br> as a single line break, entities decoded, source whitespace collapsed. One streaming
// pass, no tree and no recursion: a page of a million unclosed or nested tags cannot blow the
// stack, and nesting is capped because the parser's open-element stack costs O(depth) per tag.

/** Deeper than any real page (news pages nest a few dozen levels); deeper is refused. */
export const MAX_HTML_DEPTH = 1000;

/** Page furniture and non-text content: dropped with everything inside. */
const DROPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'head',
  'title',
  'nav',
  'footer',
  'aside',
  'form',
  'iframe',
  'object',
  'embed',
  'canvas',
  'audio',
  'video',
  'button',
  'select',
  'textarea',
]);

/** Elements that start and end a paragraph. */
const BLOCKS = new Set([
  'address',
  'article',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'main',
  'menu',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

// Only HTML's own whitespace collapses: U+00A0 is content in French typography (« x », 5 €).
const HTML_SPACE_RUN = /[ \t\n\f\r]+/g;

/** Collects paragraphs; each paragraph is a list of lines (split by <br>). */
class ParagraphWriter {
  readonly paragraphs: string[] = [];
  private lines: string[] = [''];

  text(data: string): void {
    this.lines[this.lines.length - 1] += data;
  }

  lineBreak(): void {
    this.lines.push('');
  }

  paragraphBreak(): void {
    const lines = this.lines.map((line) => line.replace(HTML_SPACE_RUN, ' ').replace(/^ | $/g, ''));
    this.lines = [''];
    // Blank lines from <br><br> stay as one blank line; leading/trailing ones go.
    const kept: string[] = [];
    for (const line of lines) {
      const blank = !/\S/u.test(line);
      if (blank && (kept.length === 0 || kept[kept.length - 1] === '')) continue;
      kept.push(blank ? '' : line);
    }
    while (kept.length > 0 && kept[kept.length - 1] === '') kept.pop();
    if (kept.length > 0) this.paragraphs.push(kept.join('\n'));
  }
}

/** What an open element was, so its close tag undoes exactly what its open tag did. */
interface Open {
  dropped: boolean;
  block: boolean;
  article: boolean;
  main: boolean;
}

/**
 * Plain text of an HTML document. When the page marks its content with <article> (all
 * outermost ones, in order: dropping one silently would lose text) or else <main>, only that
 * is kept; otherwise the whole body minus page furniture. All three are collected in the one
 * pass; the choice is made at the end.
 */
export function extractHtmlText(html: string): string {
  const all = new ParagraphWriter();
  const articles = new ParagraphWriter();
  const main = new ParagraphWriter();
  const stack: Open[] = [];
  let dropped = 0;
  let inArticle = 0;
  let sawArticle = false;
  let inMain = 0;
  let mainState: 'none' | 'open' | 'done' = 'none';
  const writers = (): ParagraphWriter[] => {
    const w = [all];
    if (inArticle > 0) w.push(articles);
    if (inMain > 0) w.push(main);
    return w;
  };
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (stack.length >= MAX_HTML_DEPTH) throw new WorkbenchError('import.tooDeep', { limit: MAX_HTML_DEPTH });
        const isDropped = dropped > 0 || DROPPED.has(name) || attribs['hidden'] !== undefined;
        const open: Open = { dropped: isDropped, block: BLOCKS.has(name), article: false, main: false };
        stack.push(open);
        if (isDropped) {
          dropped++;
          return;
        }
        if (name === 'article') {
          open.article = true;
          inArticle++;
          sawArticle = true;
        }
        if (name === 'main' && mainState !== 'done') {
          open.main = true;
          inMain++;
          mainState = 'open';
        }
        if (name === 'br') for (const w of writers()) w.lineBreak();
        else if (open.block) for (const w of writers()) w.paragraphBreak();
      },
      onclosetag() {
        const open = stack.pop();
        if (!open) return;
        if (open.dropped) {
          dropped--;
          return;
        }
        if (open.block) for (const w of writers()) w.paragraphBreak();
        if (open.article) inArticle--;
        if (open.main && --inMain === 0) mainState = 'done';
      },
      ontext(data) {
        if (dropped > 0) return;
        for (const w of writers()) w.text(data);
      },
      // Comments, CDATA and processing instructions carry no article text.
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  const chosen = sawArticle ? articles : mainState !== 'none' ? main : all;
  chosen.paragraphBreak();
  return chosen.paragraphs.join('\n\n');
}
