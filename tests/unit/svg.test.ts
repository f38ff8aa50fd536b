// The SVG vectors of an attacker, each proven inert in what the site publishes: the output is written out in
// full, and is well-formed XML with one namespace, so a browser opening it by its URL reads exactly that.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sanitizeSvg } from '@/lib/output/svg';
import { ROOT } from '../helpers';
import { wellFormednessProblems } from '../output-checks';

const NS = 'xmlns="http://www.w3.org/2000/svg"';
const XLINK = 'xmlns:xlink="http://www.w3.org/1999/xlink"';

describe('sanitizeSvg', () => {
  it.each([
    ['a script element', `<svg ${NS}><script>alert(1)</script><rect width="1" height="1"/></svg>`, `<svg ${NS}><rect width="1" height="1"/></svg>`, ['<script>']],
    ['a script in CDATA', `<svg ${NS}><script><![CDATA[alert(1)]]></script></svg>`, `<svg ${NS}/>`, ['<script>']],
    ['onload on the root, onclick on a child', `<svg ${NS} onload="alert(1)"><circle r="2" onclick="alert(1)"/></svg>`, `<svg ${NS}><circle r="2"/></svg>`, ['onload', 'onclick']],
    ['event handlers in upper case', `<SVG ${NS} ONLOAD="alert(1)"><Rect OnMouseOver="alert(1)"/></SVG>`, `<svg ${NS}><rect/></svg>`, ['onload', 'onmouseover']],
    [
      'a foreignObject with HTML',
      `<svg ${NS}><foreignObject><div xmlns="http://www.w3.org/1999/xhtml"><img src="x" onerror="alert(1)"/></div></foreignObject></svg>`,
      `<svg ${NS}/>`,
      ['<foreignObject>'],
    ],
    [
      'a javascript: link',
      `<svg ${NS} ${XLINK}><a xlink:href="javascript:alert(1)"><text>x</text></a><a href=" JavaScript:alert(1)">y</a><a href="https://example.org/">z</a></svg>`,
      `<svg ${NS}><a><text>x</text></a><a>y</a><a href="https://example.org/">z</a></svg>`,
      ['xlink:href="javascript:alert(1)"', 'href=" JavaScript:alert(1)"'],
    ],
    [
      'a use of another file, kept for a shape of its own',
      `<svg ${NS} ${XLINK}><use href="https://evil.example/x.svg#a"/><use xlink:href="//evil.example/x.svg#a"/><use xlink:href="#shape"/></svg>`,
      `<svg ${NS}><use/><use/><use href="#shape"/></svg>`,
      ['href="https://evil.example/x.svg#a"', 'xlink:href="//evil.example/x.svg#a"'],
    ],
    [
      'an outside image, kept for an embedded raster',
      `<svg ${NS}><image href="https://evil.example/t.png"/><image href="data:image/svg+xml;base64,PHN2Zz4="/><image href="data:image/png;base64,iVBORw0KGgo="/><filter><feImage href="https://evil.example/t.png"/></filter></svg>`,
      `<svg ${NS}><image/><image/><image href="data:image/png;base64,iVBORw0KGgo="/><filter><feImage/></filter></svg>`,
      ['href="https://evil.example/t.png"', 'href="data:image/svg+xml;base64,PHN2Zz4="'],
    ],
    [
      'url() of a script or another site, in style and in presentation attributes',
      `<svg ${NS}><rect style="fill: url(javascript:alert(1))" fill="url(#g)"/><rect fill="url( 'https://evil.example/p.svg#p' )" style="fill:red"/><rect style="background: u\\72l(https://evil.example/)"/></svg>`,
      `<svg ${NS}><rect fill="url(#g)"/><rect style="fill:red"/><rect/></svg>`,
      ['style="fill: url(javascript:alert(1))"', `fill="url( 'https://evil.example/p.svg#p' )"`, 'style="background: u\\72l(https://evil.example/)"'],
    ],
    [
      'a stylesheet that imports or loads, kept for one that only paints',
      `<svg ${NS}><style>@import url(https://evil.example/x.css);</style><style>rect { fill: url("https://evil.example/p") }</style><style><![CDATA[.a{fill:#fff}]]></style></svg>`,
      `<svg ${NS}><style>.a{fill:#fff}</style></svg>`,
      ['<style> with an address, an escape or markup'],
    ],
    [
      'set and animate that write an address, kept for one that animates a colour',
      `<svg ${NS}><a><set attributeName="href" to="javascript:alert(1)"/><animate attributeName="xlink:href" values="javascript:alert(1)"/><set attributeName="onbegin" to="alert(1)"/><animate attributeName="fill" values="red;blue" dur="1s"/><text>x</text></a></svg>`,
      `<svg ${NS}><a><animate attributeName="fill" values="red;blue" dur="1s"/><text>x</text></a></svg>`,
      ['<set attributeName="href">', '<animate attributeName="xlink:href">', '<set attributeName="onbegin">'],
    ],
    [
      'an animation that paints with an outside address',
      `<svg ${NS}><rect><animate attributeName="fill" to="url(https://evil.example/p#p)"/></rect></svg>`,
      `<svg ${NS}><rect><animate attributeName="fill"/></rect></svg>`,
      ['to="url(https://evil.example/p#p)"'],
    ],
    [
      'an entity declared in a DOCTYPE, which XML would expand',
      `<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x "<script>alert(1)</script>">]><svg ${NS}><text>&x;</text></svg>`,
      `<svg ${NS}><text>&#x26;x;</text></svg>`,
      [],
    ],
    [
      'scripts in other namespaces',
      `<svg ${NS}><svg:script xmlns:svg="http://www.w3.org/2000/svg">alert(1)</svg:script><html:script xmlns:html="http://www.w3.org/1999/xhtml">alert(2)</html:script><g xmlns="http://www.w3.org/1999/xhtml"><script>alert(3)</script></g><iframe src="javascript:alert(4)"/></svg>`,
      `<svg ${NS}><g/></svg>`,
      ['<svg:script>', '<html:script>', '<script>', '<iframe>'],
    ],
    [
      'markup in a title, which would be HTML there',
      `<svg ${NS}><title>A <img src="x" onerror="alert(1)"/>logo &amp; more</title></svg>`,
      `<svg ${NS}><title>A logo &#x26; more</title></svg>`,
      ['<img>'],
    ],
    [
      'a "<" in an attribute, which XML does not allow there',
      `<svg ${NS}><g aria-label="a<b" class="x"/></svg>`,
      `<svg ${NS}><g class="x"/></svg>`,
      ['aria-label="a<b"'],
    ],
    [
      "an editor's bookkeeping, dropped without a word",
      `<svg ${NS} xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" inkscape:version="1.3"><sodipodi:namedview id="n"/><metadata><rdf:RDF/></metadata><g aria-label="Logo" class="a b" stroke-width="2"><path d="M0 0"/></g></svg>`,
      `<svg ${NS}><g aria-label="Logo" class="a b" stroke-width="2"><path d="M0 0"/></g></svg>`,
      [],
    ],
  ])('makes %s inert', (_, source, svg, removed) => {
    const safe = sanitizeSvg(source);
    expect(safe).toEqual({ svg: `${svg}\n`, removed });
    expect(wellFormednessProblems('svg' in safe ? safe.svg : '')).toEqual([]);
  });

  it("keeps the site's own icon as it draws", () => {
    const icon = fs.readFileSync(path.join(ROOT, 'app', 'icon.svg'));
    expect(sanitizeSvg(icon)).toEqual({
      svg: `<svg ${NS} viewBox="0 0 32 32"><rect width="32" height="32" rx="7" fill="#0f766e"/><path d="M8 23V9h3.2l4.8 7.4L20.8 9H24v14h-3.1v-9l-4.9 7.3-4.9-7.3v9z" fill="#f0fdfa"/></svg>\n`,
      removed: [],
    });
  });

  it('takes out characters XML does not allow, so the file stays readable', () => {
    expect(sanitizeSvg(`<svg ${NS}><text>a\u0001b\uFFFEc</text></svg>`)).toEqual({ svg: `<svg ${NS}><text>abc</text></svg>\n`, removed: [] });
  });

  it.each([
    ['an HTML page named .svg', '<html><body><script>alert(1)</script></body></html>', 'an SVG image, whose first element is <svg>, but found <script>'],
    ['an XHTML page', '<html:html xmlns:html="http://www.w3.org/1999/xhtml"><html:script>alert(1)</html:script></html:html>', 'an SVG image, whose first element is <svg>, but found <html:html>'],
    ['a PNG named .svg', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), 'an SVG image, whose first element is <svg>, but found no element'],
    ['an SVG nested 200 deep', `<svg ${NS}>${'<g>'.repeat(200)}</svg>`, 'an SVG at most 100 elements deep'],
  ])('refuses %s', (_, source, error) => {
    expect(sanitizeSvg(source)).toEqual({ error });
  });
});
