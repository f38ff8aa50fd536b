// Raw HTML left open that hides the rest of a post: found with the line it opens on, and only then.
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '@/lib/posts/markdown/pipeline';

const unclosed = (markdown: string) => renderMarkdown(markdown).unclosedHtml;

describe('raw HTML left open', () => {
  it.each([
    ['<textarea rows="3">', 'textarea'],
    ['<script>', 'script'],
    ['<style>', 'style'],
    ['<iframe src="https://example.com/embed">', 'iframe'],
    ['<template>', 'template'],
    ['<select name="pick">', 'select'],
    ['<object data="/files/slides.pdf">', 'object'],
    ['<!-- a note to self', '<!--'],
  ])('is found for %s, at the line it opens on', (opening, element) => {
    expect(unclosed(`Intro.\n\n${opening}\n\n## Later\n\nThe rest of the post.\n`)).toEqual([{ element, line: 3 }]);
  });

  it('is found inside a paragraph, and for every element left open', () => {
    expect(unclosed('A list:\n\n- one <select>\n- two\n\nText.\n\n<object>\n')).toEqual([
      { element: 'select', line: 3 },
      { element: 'object', line: 8 },
    ]);
  });

  it.each([
    ['closed in the same block', '<textarea>\nsome text\n</textarea>\n\nAfter.\n'],
    ['closed in a later block', '<template>\n\nMarkdown inside.\n\n</template>\n\nAfter.\n'],
    ['a whole comment', '<!-- note -->\n\nAfter.\n'],
    ['an empty comment', '<!-->\n\nAfter.\n'],
    ['a tag in code', 'Write `<textarea>` or\n\n```html\n<script>\n```\n\nAfter.\n'],
    ['a tag inside a script', '<script>\nconst open = "<select>";\n</script>\n\nAfter.\n'],
    ['an element that hides nothing', '<div>\n\nAfter.\n'],
    ['a longer name', '<select-menu>\n\nAfter.\n'],
  ])('is not reported for %s', (_case, markdown) => {
    expect(unclosed(markdown)).toEqual([]);
  });
});
