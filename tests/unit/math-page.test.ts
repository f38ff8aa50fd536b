import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { PostArticle } from '@/components/post-article';
import type { Post } from '@/lib/posts';
import { loadFixture } from '../helpers';

const post = loadFixture('valid').postBySlug.get('hello-world')!;
const render = (page: Post) => renderToStaticMarkup(createElement(PostArticle, { post: page, html: '<p>Body</p>', related: [] }));

describe('the post page', () => {
  it('links KaTeX’s stylesheet when the post has math: true (React hoists it into the head)', () => {
    expect(render({ ...post, math: true })).toContain('<link rel="stylesheet" href="/katex/katex.min.css" data-precedence="katex"/>');
  });

  it('loads no KaTeX in a post without math', () => {
    expect(post.math).toBe(false);
    expect(render(post)).not.toContain('katex');
  });
});
