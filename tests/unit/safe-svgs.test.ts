import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSvgs, makeSvgsSafe } from '@/scripts/lib/safe-svgs';

const NS = 'xmlns="http://www.w3.org/2000/svg"';

/** A folder holding the given files. */
function folder(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'margins-svgs-'));
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), text);
  }
  return root;
}

describe('making the export’s SVGs safe', () => {
  it('rewrites every SVG in place, names the public/ file that lost something, and leaves public/ alone', () => {
    const hostile = `<svg ${NS} onload="alert(1)"><script>alert(2)</script><rect width="4" height="4"/></svg>`;
    const publicDir = folder({ 'images/post/logo.SVG': hostile });
    const outDir = folder({ 'images/post/logo.SVG': hostile, 'icon.svg': `<svg ${NS}><rect width="1" height="1"/></svg>`, 'index.html': '<script>kept</script>' });
    const result = makeSvgsSafe(outDir, publicDir);
    expect(result).toEqual({
      files: 2,
      warnings: [{ file: path.join(publicDir, 'images/post/logo.SVG'), message: 'published without what could run or load from elsewhere: removed onload, <script>' }],
      problems: [],
    });
    expect(fs.readFileSync(path.join(outDir, 'images/post/logo.SVG'), 'utf8')).toBe(`<svg ${NS}><rect width="4" height="4"/></svg>\n`);
    expect(fs.readFileSync(path.join(outDir, 'icon.svg'), 'utf8')).toBe(`<svg ${NS}><rect width="1" height="1"/></svg>\n`);
    expect(fs.readFileSync(path.join(publicDir, 'images/post/logo.SVG'), 'utf8')).toBe(hostile);
    expect(fs.readFileSync(path.join(outDir, 'index.html'), 'utf8')).toBe('<script>kept</script>');
  });

  it('refuses a file named .svg that is no SVG, naming it', () => {
    const page = '<html><script>alert(1)</script></html>';
    const publicDir = folder({ 'fake.svg': page });
    const outDir = folder({ 'fake.svg': page });
    expect(makeSvgsSafe(outDir, publicDir).problems).toEqual([
      { file: path.join(publicDir, 'fake.svg'), field: '(file)', found: 'a file that is not an SVG drawing', expected: 'an SVG image, whose first element is <svg>, but found <script>' },
    ]);
  });

  it('refuses an .svgz, which hosts serve as SVG but which is not rewritten, naming it', () => {
    const hostile = `<svg ${NS} onload="alert(1)"/>`;
    const publicDir = folder({ 'art.SVGZ': hostile });
    expect(checkSvgs(publicDir)).toEqual({
      files: 0,
      warnings: [],
      problems: [{ file: path.join(publicDir, 'art.SVGZ'), field: '(file)', found: 'a compressed SVG (.svgz), which the build cannot make safe', expected: 'the drawing as a plain .svg file (hosts compress what they serve)' }],
    });
  });

  it('checks public/ before the render without writing to it', () => {
    const hostile = `<svg ${NS}><script>alert(1)</script></svg>`;
    const publicDir = folder({ 'a.svg': hostile, 'b/fake.svg': 'not an svg' });
    expect(checkSvgs(publicDir)).toEqual({
      files: 1,
      warnings: [{ file: path.join(publicDir, 'a.svg'), message: 'published without what could run or load from elsewhere: removed <script>' }],
      problems: [{ file: path.join(publicDir, 'b/fake.svg'), field: '(file)', found: 'a file that is not an SVG drawing', expected: 'an SVG image, whose first element is <svg>, but found no element' }],
    });
    expect(fs.readFileSync(path.join(publicDir, 'a.svg'), 'utf8')).toBe(hostile);
  });
});
