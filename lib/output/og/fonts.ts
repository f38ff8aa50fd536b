import fs from 'node:fs';
import path from 'node:path';

/** A font as satori takes it. */
export interface OgFont {
  name: string;
  data: Buffer;
  weight: 400 | 700;
  style: 'normal';
}

// Read from node_modules by path: the bundler would otherwise try to follow a dynamic require.
const packageDir = (name: string) => path.join(process.cwd(), 'node_modules', name);

// Noto Sans from npm (@fontsource), never fetched: every Latin, Greek, Cyrillic and Vietnamese subset, and
// of Noto Sans JP only the subsets a text needs (it comes in 120 files split by Unicode range).
const NOTO_SUBSETS = ['latin', 'latin-ext', 'greek', 'greek-ext', 'cyrillic', 'cyrillic-ext', 'vietnamese'];

interface Subset {
  file: string;
  ranges: Array<[number, number]>;
}

const fileCache = new Map<string, Buffer>();
const read = (file: string) => {
  let data = fileCache.get(file);
  if (!data) fileCache.set(file, (data = fs.readFileSync(file)));
  return data;
};

let japaneseSubsets: Map<number, Subset[]> | undefined;

/** The Noto Sans JP subsets of a weight, with the Unicode ranges their @font-face rules declare. */
function japanese(weight: 400 | 700): Subset[] {
  japaneseSubsets ??= new Map();
  const cached = japaneseSubsets.get(weight);
  if (cached) return cached;
  const dir = packageDir('@fontsource/noto-sans-jp');
  const css = fs.readFileSync(path.join(dir, `${weight}.css`), 'utf8');
  const subsets: Subset[] = [];
  for (const block of css.split('@font-face').slice(1)) {
    const file = /url\(\.\/files\/([^)]+\.woff)\)/.exec(block)?.[1];
    const range = /unicode-range:\s*([^;]+);/.exec(block)?.[1];
    if (!file || !range) continue;
    const ranges = range.split(',').map((part): [number, number] => {
      const [start, end] = part.trim().replace(/^U\+/i, '').split('-');
      return [parseInt(start!, 16), parseInt(end ?? start!, 16)];
    });
    subsets.push({ file: path.join(dir, 'files', file), ranges });
  }
  japaneseSubsets.set(weight, subsets);
  return subsets;
}

// satori parses the fonts of a call once per array it is given, so equal font sets share one array.
const fontSets = new Map<string, OgFont[]>();

/**
 * The fonts that cover `text` in both weights: Noto Sans, then the Noto Sans JP subsets it uses. Each subset
 * has a name of its own (satori keeps one font per name and weight); list them all in `fontFamily`.
 */
export function fontsFor(text: string): OgFont[] {
  const codePoints = [...new Set([...text].map((char) => char.codePointAt(0)!))].filter((code) => code > 0x2e7f);
  const japaneseSubsets = (weight: 400 | 700) =>
    codePoints.length === 0
      ? []
      : japanese(weight).flatMap((subset, index) =>
          codePoints.some((code) => subset.ranges.some(([start, end]) => code >= start && code <= end)) ? [{ subset, index }] : [],
        );
  const key = [400, 700].map((weight) => japaneseSubsets(weight as 400 | 700).map(({ index }) => index).join(',')).join('|');
  const cached = fontSets.get(key);
  if (cached) return cached;

  const fonts: OgFont[] = [];
  const notoDir = path.join(packageDir('@fontsource/noto-sans'), 'files');
  for (const weight of [400, 700] as const) {
    for (const subset of NOTO_SUBSETS) {
      fonts.push({ name: `Noto Sans ${subset}`, data: read(path.join(notoDir, `noto-sans-${subset}-${weight}-normal.woff`)), weight, style: 'normal' });
    }
    for (const { subset, index } of japaneseSubsets(weight)) {
      fonts.push({ name: `Noto Sans JP ${index}`, data: read(subset.file), weight, style: 'normal' });
    }
  }
  fontSets.set(key, fonts);
  return fonts;
}

/** The CSS font-family list naming every font of {@link fontsFor}, in order. */
export function fontFamily(fonts: ReadonlyArray<OgFont>): string {
  return [...new Set(fonts.map((font) => `'${font.name}'`))].join(', ');
}
