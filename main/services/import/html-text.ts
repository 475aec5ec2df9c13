import { DomUtils, parseDocument } from 'htmlparser2';

// Turns an HTML page into the article's plain text: paragraphs separated by a blank line,
// <br> as a single line break, entities decoded, source whitespace collapsed.

type DomNode = ReturnType<typeof parseDocument>['children'][number];

/** Page furniture and non-text content: dropped with everything inside. */
const DROPPED = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'head', 'title', 'nav', 'footer', 'aside',
  'form', 'iframe', 'object', 'embed', 'canvas', 'audio', 'video', 'button', 'select', 'textarea',
]);

/** Elements that start and end a paragraph. */
const BLOCKS = new Set([
  'address', 'article', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog',
  'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'main', 'menu', 'ol', 'p', 'pre', 'section',
  'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

// Only HTML's own whitespace collapses: U+00A0 is content in French typography (« x », 5 €).
const HTML_SPACE_RUN = /[ \t\n\f\r]+/g;

function isDropped(node: DomNode): boolean {
  return DomUtils.isTag(node) && (DROPPED.has(node.name) || node.attribs['hidden'] !== undefined);
}

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

function walk(nodes: readonly DomNode[], out: ParagraphWriter): void {
  for (const node of nodes) {
    if (DomUtils.isText(node)) {
      out.text(node.data);
    } else if (DomUtils.isTag(node)) {
      if (isDropped(node)) continue;
      if (node.name === 'br') {
        out.lineBreak();
        continue;
      }
      const block = BLOCKS.has(node.name);
      if (block) out.paragraphBreak();
      walk(node.children, out);
      if (block) out.paragraphBreak();
    }
    // Comments, CDATA and processing instructions carry no article text.
  }
}

/** Elements named `name` that are not inside dropped furniture nor inside another `name`. */
function outermost(root: DomNode[], name: string): DomNode[] {
  const found: DomNode[] = [];
  const visit = (nodes: readonly DomNode[]): void => {
    for (const node of nodes) {
      if (!DomUtils.isTag(node) || isDropped(node)) continue;
      if (node.name === name) found.push(node);
      else visit(node.children);
    }
  };
  visit(root);
  return found;
}

/**
 * Plain text of an HTML document. When the page marks its content with <article> (all
 * outermost ones, in order: dropping one silently would lose text) or else <main>, only that
 * is kept; otherwise the whole body minus page furniture.
 */
export function extractHtmlText(html: string): string {
  const doc = parseDocument(html, { decodeEntities: true });
  const articles = outermost(doc.children, 'article');
  const roots = articles.length > 0 ? articles : outermost(doc.children, 'main').slice(0, 1);
  const out = new ParagraphWriter();
  walk(roots.length > 0 ? roots : doc.children, out);
  out.paragraphBreak();
  return out.paragraphs.join('\n\n');
}
