import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { PostArticle } from '@/components/post-article';
import type { Post } from '@/lib/posts';
import { loadFixture } from '../helpers';

const post = loadFixture('valid').postBySlug.get('hello-world')!;
const render = (page: Post) => renderToStaticMarkup(createElement(PostArticle, { post: page, html: '<p>Body</p>', related: [] }));

describe('the post page', () => {
  it('carries KaTeX’s styles when the post has math: true, with the fonts the export copies to /katex/fonts/', () => {
    const html = render({ ...post, math: true });
    expect(html).toMatch(/^<style data-precedence="katex" data-href="katex">@font-face\{font-display:block;font-family:KaTeX_AMS;font-style:normal;font-weight:400;src:url\(\/katex\/fonts\/KaTeX_AMS-Regular.woff2\) format\("woff2"\)/);
    // Written as it is, not escaped as text would be (its child selectors keep their ">").
    expect(html).toContain('.katex .vlist>span>span{display:inline-block}');
    expect(html).not.toContain('url(fonts/');
    expect(html).not.toContain('<link');
  });

  it('loads no KaTeX in a post without math', () => {
    expect(post.math).toBe(false);
    expect(render(post)).not.toContain('katex');
  });
});
