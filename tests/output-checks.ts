// Checks of built output shared by the unit and integration tests: is XML well-formed, does HTML carry
// anything that runs.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

/** Everything that makes `xml` not well-formed XML 1.0 that fast-xml-parser's validator does not itself catch. */
export function wellFormednessProblems(xml: string): string[] {
  const problems: string[] = [];
  const validation = XMLValidator.validate(xml);
  if (validation !== true) problems.push(`${validation.err.msg} at ${validation.err.line}:${validation.err.col}`);
  // XML 1.0 Char production; the validator lets every other character through, even as a character reference.
  const forbidden = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
  const found = forbidden.exec(xml);
  if (found) problems.push(`forbidden character U+${found[0].codePointAt(0)!.toString(16).toUpperCase()}`);
  for (const [reference, hex, decimal] of xml.matchAll(/&#(?:x([0-9a-f]+)|([0-9]+));/gi)) {
    const codePoint = hex ? parseInt(hex, 16) : Number(decimal);
    if (forbidden.test(String.fromCodePoint(codePoint))) problems.push(`reference to a forbidden character: ${reference}`);
  }
  // Raw attribute values and text: the validator accepts `<` in an attribute and `]]>` in text; XML does not.
  const raw = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', processEntities: false, preserveOrder: true, trimValues: false });
  const walk = (nodes: unknown): void => {
    if (!Array.isArray(nodes)) return;
    for (const node of nodes) {
      for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
        if (key === ':@') {
          for (const [name, attribute] of Object.entries(value as Record<string, string>)) {
            if (/<|&(?!(amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-f]+);)/i.test(attribute)) problems.push(`attribute ${name}="${attribute}"`);
          }
        } else if (key === '#text') {
          if (String(value).includes(']]>')) problems.push(`"]]>" in text "${String(value)}"`);
        } else walk(value);
      }
    }
  };
  walk(raw.parse(xml));
  return problems;
}

/** Script elements and event-handler attributes in HTML, as a browser would parse it. */
export function activeMarkup(html: string): string[] {
  const found: string[] = [];
  visit(fromHtml(html, { fragment: true }), 'element', (node: Element) => {
    if (node.tagName === 'script') found.push('<script>');
    for (const name of Object.keys(node.properties)) if (/^on/i.test(name)) found.push(`${node.tagName} ${name}`);
  });
  return found;
}
