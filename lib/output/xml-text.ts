import { stripInvalidXmlChars } from '../posts/text';

const XML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text as XML character data or a quoted attribute value: markup characters escaped, forbidden ones removed. */
export function escapeXml(text: string): string {
  return stripInvalidXmlChars(text).replace(/[&<>"']/g, (char) => XML_ESCAPES[char] ?? char);
}

/** Markup written by {@link xmlElement}: the only thing the writer puts into a document unescaped. */
export interface XmlMarkup {
  readonly markup: string;
}

/**
 * An XML element. String children are text and are escaped; element children go on lines of their own.
 * Attributes whose value is undefined are left out.
 */
export function xmlElement(name: string, attributes: Readonly<Record<string, string | undefined>>, ...children: Array<XmlMarkup | string>): XmlMarkup {
  return element(name, attributes, children, '\n');
}

/**
 * {@link xmlElement} on one line: element children follow each other with no line break, so that a list of
 * short records (a sitemap's `<url>`s) reads, and greps, one record a line.
 */
export function xmlLineElement(name: string, attributes: Readonly<Record<string, string | undefined>>, ...children: Array<XmlMarkup | string>): XmlMarkup {
  return element(name, attributes, children, '');
}

function element(name: string, attributes: Readonly<Record<string, string | undefined>>, children: ReadonlyArray<XmlMarkup | string>, lineBreak: string): XmlMarkup {
  const attributeText = Object.entries(attributes)
    .map(([attribute, value]) => (value === undefined ? '' : ` ${attribute}="${escapeXml(value)}"`))
    .join('');
  if (children.length === 0) return { markup: `<${name}${attributeText}/>` };
  const content = children.map((child) => (typeof child === 'string' ? escapeXml(child) : `${lineBreak}${child.markup}`)).join('');
  const closingLine = children.some((child) => typeof child !== 'string') ? lineBreak : '';
  return { markup: `<${name}${attributeText}>${content}${closingLine}</${name}>` };
}

/** A UTF-8 XML document of one root element. */
export function xmlDocument(root: XmlMarkup): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n${root.markup}\n`;
}
