import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ThemeScript } from '@/components/theme-switch';
import { ROOT } from '../helpers';

const markup = renderToStaticMarkup(createElement(ThemeScript));
const code = markup.replace(/^<script data-enhancement="theme-init">/, '').replace(/<\/script>$/, '');

/** Runs the inline theme script against a page whose storage holds `stored` (or throws, for blocked storage). */
function runWith(stored: string | null | Error): Record<string, string> {
  const dataset: Record<string, string> = {};
  const localStorage = {
    getItem: () => {
      if (stored instanceof Error) throw stored;
      return stored;
    },
  };
  vm.runInNewContext(code, { localStorage, document: { documentElement: { dataset } } });
  return dataset;
}

describe('the inline theme script', () => {
  it('is marked so the post-export step keeps it', () => {
    expect(markup).toMatch(/^<script data-enhancement="theme-init">try\{/);
  });

  it('applies a stored light or dark choice before the first paint', () => {
    expect(runWith('dark')).toEqual({ theme: 'dark' });
    expect(runWith('light')).toEqual({ theme: 'light' });
  });

  it('leaves the page to the system when nothing, "system" or junk is stored, or storage is blocked', () => {
    expect(runWith(null)).toEqual({});
    expect(runWith('system')).toEqual({});
    expect(runWith('"><img>')).toEqual({});
    expect(runWith(new Error('SecurityError'))).toEqual({});
  });

  it('and the switch script together stay under 1 KB', () => {
    const switchScript = fs.statSync(path.join(ROOT, 'public', 'scripts', 'theme.js')).size;
    expect(Buffer.byteLength(code) + switchScript).toBeLessThan(1024);
  });
});
