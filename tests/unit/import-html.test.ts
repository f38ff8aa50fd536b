import { describe, expect, it } from 'vitest';
import { embedLink } from '@/lib/authoring/import/embeds';
import { htmlToMarkdown, htmlToText } from '@/lib/authoring/import/html-to-markdown';
import { replaceLiquidTags } from '@/lib/authoring/import/liquid';
import { imageUrls, replaceImageUrls } from '@/lib/authoring/import/markdown-source';
import { ownExcerpt } from '@/lib/authoring/import/wordpress-post';

describe('HTML to Markdown', () => {
  it('turns a table into a GFM table, escaping pipes in cells', () => {
    const html =
      '<figure class="wp-block-table"><table><thead><tr><th>A</th><th>B</th></tr></thead><tbody><tr><td>1</td><td>x | y</td></tr></tbody></table></figure>';
    expect(htmlToMarkdown(html).markdown).toBe('| A | B      |\n| - | ------ |\n| 1 | x \\| y |');
  });

  it('makes the first row the header of a table that has none', () => {
    const html =
      '<table><tbody><tr><td><strong>Format</strong></td></tr><tr><td>JPEG</td></tr></tbody></table>';
    expect(htmlToMarkdown(html).markdown).toBe('| **Format** |\n| ---------- |\n| JPEG       |');
  });

  it.each([
    [
      '<pre class="wp-block-code"><code class="language-js">let a = 1;</code></pre>',
      '```js\nlet a = 1;\n```',
    ],
    [
      '<pre class="wp-block-code"><code lang="TypeScript">let a = 1;</code></pre>',
      '```typescript\nlet a = 1;\n```',
    ],
    ['<pre class="brush: php; gutter: false">echo 1 &lt; 2;</pre>', '```php\necho 1 < 2;\n```'],
    ['<pre data-language="bash"><code>ls</code></pre>', '```bash\nls\n```'],
    ['<pre class="wp-block-code"><code>npm run deploy</code></pre>', '```\nnpm run deploy\n```'],
  ])('keeps the language of a code block: %s', (html, markdown) => {
    expect(htmlToMarkdown(html).markdown).toBe(markdown);
  });

  it('keeps alt text, and a caption as an emphasized line under its image', () => {
    const html =
      '<figure class="wp-block-image"><img src="/a.png" alt="A diagram" style="width:50%"/><figcaption>How it works</figcaption></figure>';
    expect(htmlToMarkdown(html, { baseUrl: 'https://old.example.com/2021/03/post/' }).markdown).toBe(
      '![A diagram](https://old.example.com/a.png)\n\n_How it works_',
    );
  });

  it('turns an iframe into a link to what it embedded, labelled by its title or its address', () => {
    expect(
      htmlToMarkdown('<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ?feature=oembed"></iframe>')
        .markdown,
    ).toBe('[YouTube video dQw4w9WgXcQ](https://www.youtube.com/watch?v=dQw4w9WgXcQ)');
    expect(
      htmlToMarkdown('<iframe src="https://maps.example.com/embed/x" title="Our office"></iframe>').markdown,
    ).toBe('[Our office](https://maps.example.com/embed/x)');
  });

  it('keeps <details> as sanitized raw HTML', () => {
    const html =
      '<details><summary>More</summary>\n\n<p onclick="steal()">Hidden <script>x()</script>text</p></details>';
    expect(htmlToMarkdown(html)).toEqual({
      markdown: '<details><summary>More</summary><p>Hidden text</p></details>',
      dropped: ['a <script> element'],
    });
  });

  it('drops layout wrappers, inline styles, block comments and empty paragraphs, and reports other comments', () => {
    const html =
      '<!-- wp:group --><div class="wp-block-group" style="padding:2em"><div class="wp-block-group__inner-container"><!-- wp:paragraph -->' +
      '<p style="color:red">Kept <span style="font-weight:bold">text</span>.</p><!-- /wp:paragraph --><p>&nbsp;</p><p></p>' +
      '<!-- remember to update this --></div></div><!-- /wp:group -->';
    expect(htmlToMarkdown(html)).toEqual({
      markdown: 'Kept text.',
      dropped: ['an HTML comment ("remember to update this")'],
    });
  });

  it('drops a table-of-contents plugin block: the site makes its own', () => {
    const html =
      '<div class="ez-toc-container"><p class="ez-toc-title">Table of Contents</p><nav><ul><li><a href="#a">A</a></li></ul></nav></div><h2>A</h2><p>Text.</p>';
    expect(htmlToMarkdown(html)).toEqual({
      markdown: '## A\n\nText.',
      dropped: ['a table of contents (the site makes its own)'],
    });
  });

  it('makes paragraphs of classic-editor text, which WordPress stores without <p> tags', () => {
    expect(
      htmlToMarkdown('First line\nstill first.\n\nSecond <em>one</em>.\n<!--more-->\n\n<h2>Next</h2>')
        .markdown,
    ).toBe('First line still first.\n\nSecond _one_.\n\n## Next');
  });

  it('keeps emoji and non-ASCII text as they are', () => {
    expect(htmlToMarkdown('<h2>🚀 Démarrage</h2><p>日本語</p>').markdown).toBe('## 🚀 Démarrage\n\n日本語');
  });

  it('decodes entities in titles', () => {
    expect(htmlToText('Tables &#038; code: a &#8220;field&#8221; guide')).toBe(
      'Tables & code: a “field” guide',
    );
  });
});

describe("a WordPress post's own excerpt", () => {
  it('is used without its HTML and its "[…]" or "Continue reading" tail', () => {
    expect(ownExcerpt('<p>Pages are now files. [&hellip;]</p>')).toBe('Pages are now files.');
    expect(
      ownExcerpt('<p>Short intro. <a class="more-link" href="/x">Continue reading <span>Post</span></a></p>'),
    ).toBe('Short intro.');
  });

  it('is rejected when empty or a table of contents', () => {
    expect(ownExcerpt('')).toBeUndefined();
    expect(ownExcerpt('<p>Table of Contents Toggle Introduction Setup [&hellip;]</p>')).toBeUndefined();
    expect(ownExcerpt('<ul><li>Introduction</li><li>Setup</li></ul>')).toBeUndefined();
  });
});

describe('embed links', () => {
  it.each([
    [
      'https://youtu.be/dQw4w9WgXcQ',
      { url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', label: 'YouTube video dQw4w9WgXcQ' },
    ],
    [
      'https://player.vimeo.com/video/76979871',
      { url: 'https://vimeo.com/76979871', label: 'Vimeo video 76979871' },
    ],
    [
      'https://gist.github.com/ada/abc123',
      { url: 'https://gist.github.com/ada/abc123', label: 'GitHub gist ada/abc123' },
    ],
    ['https://codepen.io/ada/embed/xyz', { url: 'https://codepen.io/ada/pen/xyz', label: 'CodePen by ada' }],
    [
      'https://example.org/some/page/',
      { url: 'https://example.org/some/page/', label: 'example.org/some/page' },
    ],
  ])('%s', (address, link) => {
    expect(embedLink(address)).toEqual(link);
  });

  it('refuses what is not a web address', () => {
    expect(embedLink('javascript:alert(1)')).toBeUndefined();
  });
});

describe('Liquid tags', () => {
  it('become links or readable text outside code, and stay as they are inside code', () => {
    const source = [
      '{% youtube dQw4w9WgXcQ %}',
      '',
      'See {% github owner/repo no-readme %} and {% tag webdev %}.',
      '',
      '`{% raw %}`',
      '',
      '```liquid',
      '{% twitter 1 %}',
      '```',
      '',
      '{% unknown-thing arg %}',
    ].join('\n');
    expect(replaceLiquidTags(source)).toEqual({
      markdown: [
        '[YouTube video dQw4w9WgXcQ](https://www.youtube.com/watch?v=dQw4w9WgXcQ)',
        '',
        'See [owner/repo on GitHub](https://github.com/owner/repo) and [#webdev on dev.to](https://dev.to/t/webdev).',
        '',
        '`{% raw %}`',
        '',
        '```liquid',
        '{% twitter 1 %}',
        '```',
        '',
        'unknown-thing arg',
      ].join('\n'),
      notes: ['the Liquid tag {% unknown-thing %} has no equivalent; its text was kept'],
    });
  });

  it('turn {% details %} into a details element around Markdown', () => {
    expect(replaceLiquidTags('{% details Answer <b> %}\nIt is **42**.\n{% enddetails %}').markdown).toBe(
      '<details><summary>Answer &#x3C;b></summary>\n\nIt is **42**.\n\n</details>',
    );
  });
});

describe('image URLs in Markdown', () => {
  it('are listed once each and replaced without touching the rest of the source', () => {
    const source =
      'Text *as written*.\n\n![A *cat*](https://x.example/cat.png "Title")\n\n[![](https://x.example/cat.png)](https://x.example/)\n';
    expect(imageUrls(source)).toEqual(['https://x.example/cat.png']);
    expect(replaceImageUrls(source, new Map([['https://x.example/cat.png', '/images/post/cat.png']]))).toBe(
      'Text *as written*.\n\n![A cat](/images/post/cat.png "Title")\n\n[![](/images/post/cat.png)](https://x.example/)\n',
    );
  });
});
