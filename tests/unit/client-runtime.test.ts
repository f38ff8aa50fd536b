import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { declaresUseClient, findClientModules } from '@/scripts/lib/client-guard';
import { unknownScriptWarning } from '@/scripts/lib/finish-export';
import { stripClientRuntime } from '@/scripts/lib/strip-runtime';
import { ROOT } from '../helpers';

describe('stripClientRuntime', () => {
  const page = [
    '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>',
    '<script data-enhancement="theme-init">try{document.documentElement.dataset.theme="dark"}catch{}</script>',
    '<script src="https://plausible.io/js/script.js" defer="" data-domain="blog.example" data-site-script="plausible"></script>',
    '<script src="https://cdn.example/widget.js" async=""></script>',
    '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>',
    '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/>',
    '<link rel="modulepreload" href="/_next/static/chunks/m.js"/>',
    '<link rel="preload" href="/images/cover.png" as="image"/>',
    '<script src="/_next/static/chunks/c.js" async=""></script>',
    '</head><body><main><h1>Title</h1><p>Text with <code>&lt;script&gt;</code> in it.</p></main>',
    '<script type="application/ld+json">{"@type":"BlogPosting"}</script>',
    '<script src="/scripts/copy-code.js" defer="" data-enhancement="copy-code"></script>',
    '<script data-site-script="counter">window.counted = true;</script>',
    '<script>  window.pastedIntoAComponent =   "a snippet longer than sixty characters, cut short";</script>',
    '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({})</script>',
    '<script id="_R_">self.__next_r="x"</script>',
    '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
    '<script>self.__next_f.push([1,"<\\/script>"])</script>',
    '</body></html>',
  ].join('');
  const result = stripClientRuntime(page);

  it('removes framework scripts, inline flight data and script preloads', () => {
    expect(result.removed).toBe(9);
    expect(result.html).not.toContain('__next_f');
    expect(result.html).not.toContain('__next_r');
    expect(result.html).not.toContain('TURBOPACK');
    expect(result.html).not.toContain('/_next/static/chunks/b.js');
    expect(result.html).not.toContain('/_next/static/chunks/c.js');
    expect(result.html).not.toContain('modulepreload');
  });

  it('keeps JSON-LD, the enhancements, the configured scripts, stylesheets, image preloads and the content byte for byte', () => {
    expect(result.html).toBe(
      [
        '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>',
        '<script data-enhancement="theme-init">try{document.documentElement.dataset.theme="dark"}catch{}</script>',
        '<script src="https://plausible.io/js/script.js" defer="" data-domain="blog.example" data-site-script="plausible"></script>',
        '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>',
        '<link rel="preload" href="/images/cover.png" as="image"/>',
        '</head><body><main><h1>Title</h1><p>Text with <code>&lt;script&gt;</code> in it.</p></main>',
        '<script type="application/ld+json">{"@type":"BlogPosting"}</script>',
        '<script src="/scripts/copy-code.js" defer="" data-enhancement="copy-code"></script>',
        '<script data-site-script="counter">window.counted = true;</script>',
        '</body></html>',
      ].join(''),
    );
    expect(result.html.split('https://plausible.io/js/script.js')).toHaveLength(2);
    expect(result.references).toEqual(['/_next/static/chunks/a.css', '/images/cover.png', '/scripts/copy-code.js']);
  });

  it('reports the scripts it removed that are neither Next\'s nor the site\'s, by src or by the start of their code', () => {
    expect(result.unknownScripts).toEqual([
      'https://cdn.example/widget.js',
      'inline script "window.pastedIntoAComponent = "a snippet longer than sixty c…"',
    ]);
  });

  it('removes a configured script from the pages its entry does not list, without reporting it', () => {
    const elsewhere = stripClientRuntime(page, (name) => name !== 'plausible');
    expect(elsewhere.html).not.toContain('plausible');
    expect(elsewhere.html).toContain('<script data-site-script="counter">window.counted = true;</script>');
    expect(elsewhere.removed).toBe(10);
    expect(elsewhere.unknownScripts).toEqual(result.unknownScripts);
  });

  it('leaves a page without a runtime unchanged', () => {
    const plain = '<!DOCTYPE html><html><head><title>x</title></head><body><p>x</p></body></html>';
    expect(stripClientRuntime(plain)).toEqual({ html: plain, removed: 0, references: [], unknownScripts: [] });
  });
});

describe('the warning about a removed script', () => {
  it('names the script and the pages, a few of them when there are many', () => {
    expect(unknownScriptWarning({ source: 'https://cdn.example/widget.js', pages: ['/'] })).toBe(
      "warning: removed a script that is neither Next's runtime nor in the site config's scripts: https://cdn.example/widget.js, from /. To keep it, add it to scripts in site.config.ts.",
    );
    expect(unknownScriptWarning({ source: 'inline script "x()"', pages: ['/', '/404.html', '/blog/', '/blog/a/', '/blog/b/'] })).toBe(
      "warning: removed a script that is neither Next's runtime nor in the site config's scripts: inline script \"x()\", from /, /404.html, /blog/ and 2 more. To keep it, add it to scripts in site.config.ts.",
    );
  });
});

describe('the use-client guard', () => {
  it.each([
    ["'use client';\nexport const x = 1;", true],
    ['"use client"\nimport React from "react";', true],
    ["// A comment first\n/* and a block */\n'use strict';\n'use client';", true],
    ["\uFEFF'use client'", true],
    ["import x from 'y';\n'use client';", false],
    ["const s = 'use client';", false],
    ["'use server';", false],
    ['export default function A() { return "use client"; }', false],
  ])('%j declares use client: %s', (source, expected) => {
    expect(declaresUseClient(source)).toBe(expected);
  });

  it('finds the project modules that declare it', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'margins-guard-'));
    fs.mkdirSync(path.join(root, 'components', 'nested'), { recursive: true });
    fs.writeFileSync(path.join(root, 'components', 'nested', 'toggle.tsx'), "'use client';\nexport function Toggle() { return null; }\n");
    fs.writeFileSync(path.join(root, 'components', 'card.tsx'), 'export function Card() { return null; }\n');
    expect(findClientModules(root)).toEqual([path.join('components', 'nested', 'toggle.tsx')]);
  });

  it('fails the build with a message naming the file', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'margins-guard-'));
    fs.mkdirSync(path.join(root, 'app'));
    fs.writeFileSync(path.join(root, 'app', 'counter.tsx'), '"use client";\nexport default function Counter() { return null; }\n');
    let failure: { status: number; stderr: string } | undefined;
    try {
      execFileSync(path.join(ROOT, 'node_modules', '.bin', 'tsx'), [path.join(ROOT, 'scripts', 'build.ts')], { cwd: root, encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      failure = error as { status: number; stderr: string };
    }
    expect(failure?.status).toBe(1);
    expect(failure?.stderr).toContain(path.join('app', 'counter.tsx'));
    expect(failure?.stderr).toContain("'use client'");
    // A process of its own, as an author runs it: tsx takes a few seconds to start, more on a busy machine.
  }, 60_000);

  it('passes on this project, whose components are all server components', () => {
    expect(findClientModules(ROOT)).toEqual([]);
  });
});
