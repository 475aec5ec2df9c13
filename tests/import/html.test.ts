import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeFile } from '../../main/services/import/decode.js';
import { MAX_HTML_DEPTH, extractHtmlText } from '../../main/services/import/html-text.js';
import { expectCode } from './helpers.js';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

const PAGE = `<!DOCTYPE html>
<html lang="fr">
<head>
  <meta charset="utf-8">
  <title>Titre de l'onglet</title>
  <style>body { color: red; }</style>
  <script>var x = "<p>pas du texte</p>";</script>
</head>
<body>
  <nav><a href="/">Accueil</a> | <a href="/monde">Monde</a></nav>
  <h1>Blinken met en garde l&#8217;OTAN</h1>
  <p>Le secrétaire d&rsquo;État   a déclaré
     &laquo;&nbsp;préoccupante&nbsp;&raquo; la coopération &amp; le soutien.</p>
  <p>Première ligne<br>deuxième ligne</p>
  <div>Un bloc <span>avec</span> <b>du gras</b></div>
  <noscript>Activez JavaScript</noscript>
  <form><label>Courriel</label><input name="e"></form>
  <aside>À lire aussi</aside>
  <footer>© 2024 Journal</footer>
  <!-- commentaire -->
  <svg><text>svg text</text></svg>
  <template><p>gabarit</p></template>
</body>
</html>`;

describe('HTML text extraction', () => {
  it('keeps the article text as paragraphs and drops page furniture', async () => {
    const d = await decodeFile(utf8(PAGE), 'page.html');
    expect(d.format).toBe('html');
    expect(d.encoding).toBe('utf-8');
    expect(d.text).toBe(
      [
        'Blinken met en garde l’OTAN',
        'Le secrétaire d’État a déclaré «\u00a0préoccupante\u00a0» la coopération & le soutien.',
        'Première ligne\ndeuxième ligne',
        'Un bloc avec du gras',
      ].join('\n\n'),
    );
  });

  it('leaves no tags, scripts, styles or entities in the output', async () => {
    const { text } = await decodeFile(utf8(PAGE), 'page.htm');
    expect(text).not.toMatch(/<\/?[a-z!]/i);
    expect(text).not.toMatch(/&[a-z#0-9]+;/i);
    for (const gone of [
      'color: red',
      'pas du texte',
      'Accueil',
      'Activez',
      'Courriel',
      'À lire',
      '2024',
      'commentaire',
      'svg text',
      'gabarit',
      "Titre de l'onglet",
    ]) {
      expect(text).not.toContain(gone);
    }
  });

  it('prefers <article> content over the rest of the page', () => {
    const html = '<body><div>Publicité</div><article><h2>Titre</h2><p>Corps.</p></article><div>Commentaires</div></body>';
    expect(extractHtmlText(html)).toBe('Titre\n\nCorps.');
  });

  it('keeps every top-level <article>, in order, but not those inside <aside>', () => {
    const html =
      '<main><article><p>Un</p><article><p>imbriqué</p></article></article><aside><article>Lié</article></aside><article><p>Deux</p></article></main>';
    expect(extractHtmlText(html)).toBe('Un\n\nimbriqué\n\nDeux');
  });

  it('uses <main> when there is no <article>', () => {
    expect(extractHtmlText('<header>Logo</header><main><p>Texte principal</p></main><div>Pied</div>')).toBe('Texte principal');
  });

  it('turns <br><br> into one blank line and ignores empty paragraphs', () => {
    expect(extractHtmlText('<p>a<br><br><br>b<br></p><p>&nbsp;</p><p>  </p><p>c</p>')).toBe('a\n\nb\n\nc');
  });

  it('drops a <title> even without <head> (a fragment saved from a page)', () => {
    expect(extractHtmlText('<title>Onglet</title><p>Texte</p>')).toBe('Texte');
  });

  it('drops elements with the hidden attribute', () => {
    expect(extractHtmlText('<p>visible</p><p hidden>caché</p>')).toBe('visible');
  });

  it('decodes a windows-1252 page declared by <meta http-equiv>', async () => {
    const html = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head><body><p>Coûté 5 €</p></body></html>';
    const d = await decodeFile(iconv.encode(html, 'windows-1252'), 'a.html');
    expect(d).toMatchObject({ text: 'Coûté 5 €', encoding: 'windows-1252' });
  });

  it('reads an ISO-8859-1 declaration as windows-1252 (WHATWG), so 0x80 is €', async () => {
    const bytes = Buffer.concat([Buffer.from('<meta charset="ISO-8859-1"><p>5 ', 'latin1'), Uint8Array.from([0x80]), Buffer.from('</p>')]);
    const d = await decodeFile(bytes, 'a.html');
    expect(d).toMatchObject({ text: '5 €', encoding: 'windows-1252' });
  });

  it('trusts valid UTF-8 over a wrong legacy <meta> declaration', async () => {
    const d = await decodeFile(utf8('<meta charset="iso-8859-1"><p>déjà</p>'), 'a.html');
    expect(d).toMatchObject({ text: 'déjà', encoding: 'utf-8' });
  });

  it('honours a UTF-16 BOM in an HTML file', async () => {
    const bytes = Buffer.concat([Uint8Array.from([0xff, 0xfe]), iconv.encode('<p>Noël</p>\r\n', 'utf-16le')]);
    const d = await decodeFile(bytes, 'a.html');
    expect(d).toMatchObject({ text: 'Noël', encoding: 'utf-16le', bom: true, lineEnding: 'crlf' });
  });

  it('normalises NFD in the extracted text and records it', async () => {
    const d = await decodeFile(utf8('<p>e\u0301te\u0301</p>'), 'a.html');
    expect(d).toMatchObject({ text: 'été', normalized: true });
  });

  it('refuses a page with no article text as import.empty', async () => {
    await expectCode(() => decodeFile(utf8('<html><head><title>x</title></head><body><nav>menu</nav></body></html>'), 'a.html'), 'import.empty');
  });

  it('refuses nesting deeper than any real page, quickly, instead of overflowing or going quadratic', () => {
    const deep = (n: number) => '<span>'.repeat(n) + 'x' + '</span>'.repeat(n);
    expect(extractHtmlText(`<p>${deep(MAX_HTML_DEPTH - 10)}</p>`)).toBe('x');
    expect(() => extractHtmlText(deep(MAX_HTML_DEPTH + 1))).toThrow(expect.objectContaining({ code: 'import.tooDeep' }));
    // Unclosed blocks pile up too: a page of them is refused, not parsed for minutes.
    expect(() => extractHtmlText('<div>'.repeat(200_000))).toThrow(expect.objectContaining({ code: 'import.tooDeep' }));
  });
});
