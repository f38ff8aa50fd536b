import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '@/lib/posts/markdown/pipeline';
import { fixture } from '../helpers';

// Each folder in tests/fixtures/markdown holds input.md, the expected output.html and an optional
// options.json. Run `UPDATE=1 npx vitest run tests/unit/markdown.test.ts` to rewrite the outputs, then
// read the diff before committing it.
const root = fixture('markdown');
const cases = fs.readdirSync(root).sort();
/** The page every fixture is rendered for (the base of its feed HTML). */
const PAGE_URL = 'https://margins.example/blog/fixture/';

describe('markdown fixtures', () => {
  it.each(cases)('%s', (name) => {
    const folder = path.join(root, name);
    const input = fs.readFileSync(path.join(folder, 'input.md'), 'utf8');
    const optionsFile = path.join(folder, 'options.json');
    const options = fs.existsSync(optionsFile) ? JSON.parse(fs.readFileSync(optionsFile, 'utf8')) : {};
    const { html } = renderMarkdown(input, { pageUrl: PAGE_URL, ...options });
    const outputFile = path.join(folder, 'output.html');
    if (process.env.UPDATE) fs.writeFileSync(outputFile, `${html}\n`);
    expect(`${html}\n`).toBe(fs.readFileSync(outputFile, 'utf8'));
  });
});

const render = (name: string, options = {}) =>
  renderMarkdown(fs.readFileSync(path.join(root, name, 'input.md'), 'utf8'), { pageUrl: PAGE_URL, ...options });

describe('the pipeline', () => {
  it('removes scripts, styles, event handlers, javascript: URLs, iframes, objects and forms', () => {
    const { html } = render('hostile-html');
    for (const banned of ['<script', 'alert(', '<style', 'display: none', 'onerror', 'onclick', 'javascript:', '<iframe', 'fallback text', '<object', '<form', '<button', 'type="text"', 'style=']) {
      expect(html.toLowerCase()).not.toContain(banned.toLowerCase());
    }
    expect(html).toContain('Still here');
    expect(html).toContain('alt="An image"');
    // An id from raw HTML cannot clobber a global such as window.location.
    expect(html).toContain('id="user-content-location"');
  });

  it('keeps task-list checkboxes, disabled and named after their item', () => {
    const { html } = render('gfm-features');
    expect(html).toContain('<input type="checkbox" checked disabled aria-label="Done">');
    expect(html).toContain('<input type="checkbox" disabled aria-label="To do">');
    expect(html).toContain('<table>');
    expect(html).toContain('<del>Struck</del>');
    expect(html).toContain('<a href="https://example.com">https://example.com</a>');
  });

  it('links footnote references and back references to ids that exist', () => {
    const { html } = render('fragment-links');
    const ids = new Set([...html.matchAll(/id="([^"]+)"/g)].map((m) => m[1]));
    const targets = [...html.matchAll(/href="#([^"]+)"/g)].map((m) => decodeURIComponent(m[1]!));
    expect(targets.length).toBeGreaterThanOrEqual(5);
    for (const target of targets) expect(ids, `#${target}`).toContain(target);
  });

  it('gives duplicate headings unique ids and each heading an accessible anchor', () => {
    const { html, headings } = render('duplicate-headings');
    expect(headings.map((h) => h.id)).toEqual(['example', 'example-1', 'example-2']);
    expect(html.match(/aria-label="Link to section: Example"/g)).toHaveLength(3);
  });

  it('reads a WordPress-style HTML body by its visible text: words, first paragraph and heading ids', () => {
    const body = [
      '<!-- wp:paragraph --><div class="entry-content"><p class="has-text-align-left" style="color:#333">We <strong>moved</strong> to <em>static</em>&nbsp;pages.</p>',
      '<h2 class="wp-block-heading">✍️ Writing</h2>',
      '<table class="wp-block-table"><tbody><tr><td>one</td><td>two</td></tr></tbody></table>',
      '<p><img src="https://example.org/a.png" alt="Many words of alt text"> Line<br>break</p></div><!-- /wp:paragraph -->',
    ].join('');
    const rendered = renderMarkdown(body);
    // We, moved, to, static, pages., ✍️, Writing, one, two, Line, break: tags, attributes, comments and alt text are not words.
    expect(rendered.wordCount).toBe(11);
    expect(rendered.firstParagraph).toBe('We moved to static pages.');
    expect(rendered.headings).toEqual([{ depth: 2, text: '✍️ Writing', id: '-writing' }]);
  });

  it('counts the visible words of Markdown, not its markup, nor footnote marks', () => {
    // Heading, Some, emphasis, and, code., A, note. and the footnote's text "Said." (the ↩ back-link is no word).
    expect(renderMarkdown('## Heading\n\nSome *emphasis*  and `code`.\n\nA note.[^1]\n\n[^1]: Said.\n').wordCount).toBe(9);
  });

  it('keeps emoji and non-Latin letters in headings and ids', () => {
    expect(render('emoji-headings').headings).toEqual([
      { depth: 2, text: '🚀 Launch checklist', id: '-launch-checklist' },
      { depth: 2, text: 'Done ✅ and 🎉', id: 'done--and-' },
      { depth: 3, text: '👩🏽‍💻', id: 'section-1' },
      { depth: 2, text: '🎉', id: 'section-2' },
      { depth: 2, text: '❤️ Love', id: '-love' },
      { depth: 2, text: 'Love ❤️', id: 'love-' },
    ]);
    expect(render('non-ascii').headings).toEqual([
      { depth: 2, text: 'Ünïcödé and 日本語 headings', id: 'ünïcödé-and-日本語-headings' },
      { depth: 2, text: 'Ελληνικά', id: 'ελληνικά' },
    ]);
  });

  it('keeps the checkboxes of loose task lists and removes a stray one', () => {
    const { html } = render('loose-task-list');
    expect(html.match(/<input type="checkbox"[^>]*disabled aria-label="[^"]+">/g)).toHaveLength(2);
    expect(html).toContain('<ul><li>A raw item  with a stray box</li></ul>');
  });

  it('names checkboxes after their own text, not their sub-tasks, and wraps each table in a distinctly labelled scrolling region', () => {
    const { html } = render('accessible-tables-and-tasks');
    expect(html).toContain('<input type="checkbox" disabled aria-label="Parent task with code">');
    expect(html).toContain('<input type="checkbox" checked disabled aria-label="Sub-task">');
    expect(html).toContain('<input type="checkbox" disabled aria-label="Task">');
    expect(html.match(/aria-label="Table[^"]*"/g)).toEqual(['aria-label="Table: Plan, Cost"', 'aria-label="Table: Plan, Cost (2)"', 'aria-label="Table"']);
    expect(html).toContain('<section class="table-region" tabindex="0" aria-label="Table"><table>');
  });

  it('never gives a heading an id the page layout uses, and anchors headings written in raw HTML', () => {
    const { html, headings } = render('reserved-ids');
    expect(headings.map((h) => h.id)).toEqual(['main-1', 'share-heading-1', 'user-content-raw']);
    expect(html).not.toMatch(/id="(main|share-heading)"/);
    expect(html).toContain('aria-label="Link to section: A raw HTML heading" href="#user-content-raw"');
  });

  it('never gives a heading an id a footnote or an earlier heading has', () => {
    const { html, headings } = render('id-collisions');
    expect(headings.map((h) => h.id)).toEqual(['user-content-fn-1-1', 'section-1', 'section-2', 'footnotes']);
    expect([...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1])).toEqual([
      'user-content-fn-1-1',
      'section-1',
      'section-2',
      'user-content-fnref-1',
      'footnotes',
      'user-content-footnote-label',
      'user-content-fn-1',
    ]);
  });

  it('puts every id of a bio, and every reference to one, behind its prefix', () => {
    const { html, headings } = renderMarkdown('## Hello\n\nA note.[^1] <a href="#hello">Up</a>\n\n[^1]: The note.\n', { idPrefix: 'bio.ada.' });
    expect(headings).toEqual([{ depth: 2, text: 'Hello', id: 'bio.ada.hello' }]);
    expect([...html.matchAll(/ (id|href|aria-describedby)="([^"]+)"/g)].map((m) => `${m[1]}=${m[2]}`)).toEqual([
      'id=bio.ada.hello',
      'href=#bio.ada.hello',
      'href=#bio.ada.user-content-fn-1',
      'id=bio.ada.user-content-fnref-1',
      'aria-describedby=bio.ada.user-content-footnote-label',
      'href=#bio.ada.hello',
      'id=bio.ada.user-content-footnote-label',
      'id=bio.ada.user-content-fn-1',
      'href=#bio.ada.user-content-fnref-1',
    ]);
  });

  it('leaves code without a language plain and never guesses', () => {
    const { html } = render('code-no-language');
    expect(html).not.toContain('hljs');
    expect(html).toContain('<pre><code>+--------+');
  });

  it('highlights code with a language, and keeps unknown languages as plain text', () => {
    const { html } = render('code-highlighted');
    expect(html).toContain('<code class="hljs language-ts">');
    expect(html).toContain('<code class="hljs language-python">');
    expect(html).toContain('<code class="hljs language-nginx">');
    expect(html).toContain('<code class="hljs language-not-a-language">kept as it is');
  });

  it('drops a leading h1 equal to the title, whatever its case', () => {
    const { html, headings, firstParagraph } = render('title-h1', { title: 'The post title' });
    expect(html).not.toContain('<h1');
    expect(headings).toEqual([{ depth: 2, text: 'Section', id: 'section' }]);
    expect(firstParagraph).toBe('The first paragraph.');
  });

  it('takes the first paragraph from the sanitized page: visible text only', () => {
    const first = (markdown: string) => renderMarkdown(markdown).firstParagraph;
    expect(first('Para <svg onload=alert(1)>x</svg> text <script>alert(2)</script>end.\n')).toBe('Para x text end.');
    expect(first('![A cover](/images/x.png)\n\nA note[^1] and **bold** text.\n\n[^1]: Not this.\n')).toBe('A note and bold text.');
    expect(first('<p>Raw <b>HTML</b> paragraph</p>\n\nMarkdown one.\n')).toBe('Raw HTML paragraph');
    expect(first('# Only a heading\n')).toBe('');
  });

  it('moves headings down a level when the body has h1s of its own, so the title stays the only h1', () => {
    const { html } = render('extra-h1', { title: 'Something else' });
    expect(html).not.toContain('<h1');
    expect(html).toContain('<h2 id="a-part">');
    expect(html).toContain('<h3 id="a-chapter">');
  });
});

describe('callouts', () => {
  it('are asides with a role, a hidden icon and their label as text, in pages', () => {
    const { html } = renderMarkdown('> [!TIP]\n> Read the docs.\n', { pageUrl: PAGE_URL });
    expect(html.replace(/ d="[^"]+"/, ' d="…"')).toBe(
      '<aside class="callout callout-tip" role="note"><p class="callout-title"><svg class="callout-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false" fill="currentColor"><path d="…"></path></svg>Tip</p>\n\n<p>Read the docs.</p>\n</aside>',
    );
  });

  it('are plain blockquotes with a bold label in feeds', () => {
    const { feedHtml } = renderMarkdown('> [!WARNING]\n> Back up first, see [the guide](/blog/guide/).\n', { pageUrl: PAGE_URL });
    expect(feedHtml).toBe('<blockquote><p><strong>Warning</strong></p>\n\n<p>Back up first, see <a href="https://margins.example/blog/guide/">the guide</a>.</p>\n</blockquote>');
  });

  it('cannot be forged with an icon of the author’s own: raw SVG is still removed', () => {
    const { html } = renderMarkdown('<div class="markdown-alert markdown-alert-note"><svg onload="alert(1)"></svg><p>Hi</p></div>\n', { pageUrl: PAGE_URL });
    expect(html).not.toContain('onload');
    expect(html.match(/<svg/g)).toHaveLength(1);
  });
});

describe('math', () => {
  it('is off unless asked for: dollar signs stay text', () => {
    expect(renderMarkdown('From $5 to $10.\n', { pageUrl: PAGE_URL }).html).toBe('<p>From $5 to $10.</p>');
  });

  it('renders to HTML and MathML for pages, and to MathML alone for feeds', () => {
    const { html, feedHtml } = renderMarkdown('Area: $\\pi r^2$.\n', { pageUrl: PAGE_URL, math: true });
    expect(html).toContain('<span class="katex"><span class="katex-mathml"><math xmlns="http://www.w3.org/1998/Math/MathML">');
    expect(html).toContain('<span class="katex-html" aria-hidden="true">');
    expect(feedHtml).toBe(
      '<p>Area: <math xmlns="http://www.w3.org/1998/Math/MathML"><semantics><mrow><mi>π</mi><msup><mi>r</mi><mn>2</mn></msup></mrow><annotation encoding="application/x-tex">\\pi r^2</annotation></semantics></math>.</p>',
    );
  });

  it('renders display math as a block in feeds', () => {
    const { feedHtml } = renderMarkdown('$$\nx = 1\n$$\n', { pageUrl: PAGE_URL, math: true });
    expect(feedHtml).toBe(
      '<math xmlns="http://www.w3.org/1998/Math/MathML" display="block"><semantics><mrow><mi>x</mi><mo>=</mo><mn>1</mn></mrow><annotation encoding="application/x-tex">x = 1</annotation></semantics></math>',
    );
  });
});
