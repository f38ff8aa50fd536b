import { describe, expect, it } from 'vitest';
import { escapeXml, xmlDocument, xmlElement, xmlLineElement } from '@/lib/output/xml-text';
import { stripInvalidXmlChars } from '@/lib/posts/text';

describe('stripInvalidXmlChars', () => {
  it('removes C0 controls but tab, LF and CR, U+FFFE, U+FFFF and lone surrogates', () => {
    expect(stripInvalidXmlChars('a\u0000b\u0008c\u000Bd\u000Ce\u001Ff\uFFFEg\uFFFFh')).toBe('abcdefgh');
    expect(stripInvalidXmlChars('lone \ud83d high, lone \ude80 low, reversed \ude80\ud83d')).toBe('lone  high, lone  low, reversed ');
  });

  it('keeps tab, line breaks, emoji, other scripts and the last characters XML allows', () => {
    const allowed = 'tab\tLF\nCR\r 🚀 日本語 \u007F \uD7FF \uE000 \uFFFD \u{10FFFF}';
    expect(stripInvalidXmlChars(allowed)).toBe(allowed);
  });
});

describe('escapeXml', () => {
  it('escapes the five markup characters and removes forbidden ones', () => {
    expect(escapeXml(`R&D <a href="x" title='y'>\u0008`)).toBe('R&amp;D &lt;a href=&quot;x&quot; title=&apos;y&apos;&gt;');
  });
});

describe('xmlElement', () => {
  it('escapes text children and attribute values, and leaves out undefined attributes', () => {
    expect(xmlElement('category', { term: 'a<b', label: '"R&D"', scheme: undefined }).markup).toBe('<category term="a&lt;b" label="&quot;R&amp;D&quot;"/>');
    expect(xmlElement('title', { type: 'text' }, '</title><script>').markup).toBe('<title type="text">&lt;/title&gt;&lt;script&gt;</title>');
  });

  it('nests element children on lines of their own, and only markup it wrote is left unescaped', () => {
    const author = xmlElement('author', {}, xmlElement('name', {}, 'Ada'), xmlElement('uri', {}, 'https://x.test/?a=1&b=2'));
    expect(xmlDocument(author)).toBe('<?xml version="1.0" encoding="utf-8"?>\n<author>\n<name>Ada</name>\n<uri>https://x.test/?a=1&amp;b=2</uri>\n</author>\n');
    expect(xmlElement('p', {}, '<b>bold</b>').markup).toBe('<p>&lt;b&gt;bold&lt;/b&gt;</p>');
  });
});

describe('xmlLineElement', () => {
  it('writes its element children on its own line, escaped as xmlElement escapes them', () => {
    const url = xmlLineElement('url', {}, xmlElement('loc', {}, 'https://x.test/?a=1&b=2'), xmlElement('lastmod', {}, '2025-03-14'));
    expect(xmlDocument(xmlElement('urlset', {}, url))).toBe('<?xml version="1.0" encoding="utf-8"?>\n<urlset>\n<url><loc>https://x.test/?a=1&amp;b=2</loc><lastmod>2025-03-14</lastmod></url>\n</urlset>\n');
    expect(xmlLineElement('url', { id: '"1"' }).markup).toBe('<url id="&quot;1&quot;"/>');
  });
});
