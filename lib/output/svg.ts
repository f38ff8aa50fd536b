// SVG is data, never code: every SVG the site publishes (public/ files, images an importer downloads) is
// rewritten from an allowlist, so that opened by its own URL it draws and nothing else. A script, an event
// handler, HTML in a foreignObject, a `javascript:` link or a reference to another site does not survive.
//
// The file is parsed with the HTML parser the Markdown pipeline uses (parse5, through hast), where an SVG is
// "foreign content": names are case-folded, XML entities and DOCTYPEs declare nothing, and a prefixed name
// (`svg:script`, `html:script`) is an unknown element. The output is never the input: it is always the
// serialization of the tree that was checked, with one namespace, so what a browser's XML parser reads is
// exactly what was allowed here (an entity declared in a DOCTYPE, expanded by XML but not by HTML, cannot
// smuggle anything in).
import type { Element, ElementContent, Properties, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { find, svg as svgSchema } from 'property-information';
import { MAX_NESTING } from '../posts/markdown/plugins/nesting-limit';

/** An SVG made safe, with what was taken out (one entry per kind), or why the file is no SVG that can be made safe. */
export type SafeSvg = { svg: string; removed: string[] } | { error: string };

const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';

/** Elements that draw, group, describe, paint, filter or animate; nothing that runs, embeds or loads. */
const ELEMENTS = new Set([
  'svg', 'g', 'defs', 'symbol', 'use', 'title', 'desc', 'switch', 'a', 'view', 'style',
  'path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon', 'text', 'tspan', 'textPath', 'image',
  'linearGradient', 'radialGradient', 'stop', 'pattern', 'clipPath', 'mask', 'marker',
  'filter', 'feBlend', 'feColorMatrix', 'feComponentTransfer', 'feComposite', 'feConvolveMatrix', 'feDiffuseLighting',
  'feDisplacementMap', 'feDistantLight', 'feDropShadow', 'feFlood', 'feFuncA', 'feFuncB', 'feFuncG', 'feFuncR',
  'feGaussianBlur', 'feImage', 'feMerge', 'feMergeNode', 'feMorphology', 'feOffset', 'fePointLight',
  'feSpecularLighting', 'feSpotLight', 'feTile', 'feTurbulence',
  'animate', 'animateMotion', 'animateTransform', 'set', 'mpath',
]);

/** Animation elements: they may change only an attribute that is allowed and holds no address. */
const ANIMATIONS = new Set(['animate', 'animateMotion', 'animateTransform', 'set']);

/** Elements whose content is only text: an element inside them would be HTML to a browser. */
const TEXT_ONLY = new Set(['title', 'desc', 'style']);

/** Attributes, as SVG spells them: geometry, presentation, paint servers, filters, text and animation timing. */
const ATTRIBUTES = new Set([
  'id', 'class', 'style', 'lang', 'xml:lang', 'xml:space', 'role', 'xmlns', 'version', 'baseProfile',
  'viewBox', 'preserveAspectRatio', 'width', 'height', 'x', 'y', 'transform', 'transform-origin',
  'd', 'cx', 'cy', 'r', 'rx', 'ry', 'x1', 'y1', 'x2', 'y2', 'points', 'pathLength', 'href',
  'fill', 'fill-opacity', 'fill-rule', 'stroke', 'stroke-width', 'stroke-linecap', 'stroke-linejoin',
  'stroke-miterlimit', 'stroke-dasharray', 'stroke-dashoffset', 'stroke-opacity', 'opacity', 'color', 'display',
  'visibility', 'clip-path', 'clip-rule', 'mask', 'filter', 'marker-start', 'marker-mid', 'marker-end',
  'stop-color', 'stop-opacity', 'flood-color', 'flood-opacity', 'lighting-color', 'color-interpolation',
  'color-interpolation-filters', 'shape-rendering', 'text-rendering', 'image-rendering', 'overflow', 'paint-order',
  'vector-effect', 'pointer-events', 'font-family', 'font-size', 'font-style', 'font-weight', 'font-variant',
  'font-stretch', 'letter-spacing', 'word-spacing', 'text-anchor', 'text-decoration', 'dominant-baseline',
  'alignment-baseline', 'baseline-shift', 'writing-mode', 'direction', 'unicode-bidi',
  'gradientUnits', 'gradientTransform', 'spreadMethod', 'fx', 'fy', 'fr', 'offset',
  'patternUnits', 'patternContentUnits', 'patternTransform', 'clipPathUnits', 'maskUnits', 'maskContentUnits',
  'markerWidth', 'markerHeight', 'markerUnits', 'refX', 'refY', 'orient',
  'dx', 'dy', 'rotate', 'textLength', 'lengthAdjust', 'startOffset', 'method', 'spacing', 'side',
  'filterUnits', 'primitiveUnits', 'in', 'in2', 'result', 'stdDeviation', 'edgeMode', 'mode', 'operator',
  'k1', 'k2', 'k3', 'k4', 'type', 'values', 'tableValues', 'slope', 'intercept', 'amplitude', 'exponent',
  'kernelMatrix', 'kernelUnitLength', 'order', 'divisor', 'bias', 'targetX', 'targetY', 'preserveAlpha',
  'surfaceScale', 'diffuseConstant', 'specularConstant', 'specularExponent', 'scale', 'xChannelSelector',
  'yChannelSelector', 'baseFrequency', 'numOctaves', 'seed', 'stitchTiles', 'azimuth', 'elevation', 'z',
  'pointsAtX', 'pointsAtY', 'pointsAtZ', 'limitingConeAngle', 'radius', 'media', 'systemLanguage',
  'attributeName', 'attributeType', 'begin', 'dur', 'end', 'min', 'max', 'restart', 'repeatCount', 'repeatDur',
  'calcMode', 'keyTimes', 'keySplines', 'keyPoints', 'from', 'to', 'by', 'additive', 'accumulate', 'path',
]);

/** What an attribute name may also be, read as the same thing: SVG 1.1's `xlink:href` is SVG 2's `href`. */
const SAME_AS: Record<string, string> = { 'xlink:href': 'href' };

/** Attributes an animation may not change: they hold an address or style, which would bring back what was checked out. */
const NOT_ANIMATED = new Set(['href', 'style']);

/** Editors' bookkeeping (Inkscape, Sodipodi, RDF metadata): dropped without a word, it never draws. */
const EDITOR_DATA = /^(sodipodi|inkscape|rdf|cc|dc|xmlns)(:|$)|^metadata$/;

/** An `image` or `feImage` may embed a raster image as a data URL: no script runs in one, and it loads nothing. */
const EMBEDDED_RASTER = /^data:image\/(png|jpeg|gif|webp|avif);base64,[a-z0-9+/=\s]*$/i;

/** Characters XML 1.0 does not allow, which would make the published file unreadable. */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * The SVG in `source`, rewritten to hold only what draws: see the top of this file. An SVG whose root is not an
 * `<svg>` element, or that nests deeper than {@link MAX_NESTING}, is refused with the reason.
 */
export function sanitizeSvg(source: string | Uint8Array): SafeSvg {
  const text = (typeof source === 'string' ? source : new TextDecoder().decode(source)).replace(NOT_XML, '');
  let tree: Root;
  try {
    tree = fromHtml(text, { fragment: true });
  } catch (error) {
    // The parse recurses once per level: a file nested thousands deep overflows it.
    return { error: `an SVG that could not be read (${error instanceof Error ? error.message : String(error)})` };
  }
  const root = tree.children.find((node): node is Element => node.type === 'element');
  if (!root || root.tagName !== 'svg') {
    return { error: `an SVG image, whose first element is <svg>, but found ${root ? `<${root.tagName}>` : 'no element'}` };
  }
  const removed = new Set<string>();
  const clean = cleanElement(root, 0, removed);
  if ('error' in clean) return clean;
  clean.element.properties = { xmlns: SVG_NAMESPACE, ...clean.element.properties };
  const svg = toHtml(clean.element, { space: 'svg', closeEmptyElements: true, tightSelfClosing: true });
  return { svg: `${svg}\n`, removed: [...removed] };
}

/** The element with only what is allowed in it, or why the whole file is refused; `removed` gets what was taken out. */
function cleanElement(element: Element, depth: number, removed: Set<string>): { element: Element } | { error: string } {
  if (depth > MAX_NESTING) return { error: `an SVG at most ${MAX_NESTING} elements deep` };
  const properties: Properties = {};
  for (const [key, value] of Object.entries(element.properties)) {
    const written = find(svgSchema, key).attribute;
    const name = SAME_AS[written] ?? written;
    const text = Array.isArray(value) ? value.join(' ') : String(value);
    if (!isAllowedAttribute(name)) {
      if (!EDITOR_DATA.test(written)) removed.add(written);
    } else if (text.includes('<') || (name === 'href' ? !isLocalReference(text, element.tagName) : !isInertValue(text))) {
      // `<` is allowed in an HTML attribute but not in XML, and the serializer writes it as it is.
      removed.add(`${written}="${text.length > 40 ? `${text.slice(0, 39)}…` : text}"`);
    } else if (!(name === 'href' && 'href' in properties)) {
      properties[name === 'href' ? 'href' : key] = value;
    }
  }
  const children: ElementContent[] = [];
  for (const child of element.children) {
    if (child.type === 'text') children.push(child);
    else if (child.type !== 'element') continue;
    else if (TEXT_ONLY.has(element.tagName) || !ELEMENTS.has(child.tagName)) {
      if (!EDITOR_DATA.test(child.tagName)) removed.add(`<${child.tagName}>`);
    } else if (child.tagName === 'style' && !isInertStylesheet(child)) {
      removed.add('<style> with an address, an escape or markup');
    } else if (ANIMATIONS.has(child.tagName) && !isAnimatable(child)) {
      removed.add(`<${child.tagName} attributeName="${child.properties.attributeName}">`);
    } else {
      const clean = cleanElement(child, depth + 1, removed);
      if ('error' in clean) return clean;
      children.push(clean.element);
    }
  }
  return { element: { ...element, properties, children } };
}

/** Whether an animation changes an attribute that may be written, and that holds neither an address nor style. */
function isAnimatable(animation: Element): boolean {
  const target = animation.properties.attributeName;
  if (target === undefined) return true;
  const name = String(target).trim();
  const animated = SAME_AS[name.toLowerCase()] ?? name;
  return isAllowedAttribute(animated) && !NOT_ANIMATED.has(animated.toLowerCase());
}

function isAllowedAttribute(name: string): boolean {
  return (ATTRIBUTES.has(name) && name !== 'xmlns') || /^aria-[a-z]+$/.test(name);
}

/**
 * Whether an `href` stays in the file: a fragment (`#shape`), a data URL of a raster image for `image` and
 * `feImage`, or a web address for a link (`a`), which a reader follows but which loads nothing by itself.
 */
function isLocalReference(href: string, tagName: string): boolean {
  const value = href.trim();
  if (/^#[^\s]*$/.test(value)) return true;
  if (tagName === 'image' || tagName === 'feImage') return EMBEDDED_RASTER.test(value);
  return tagName === 'a' && /^https?:\/\/[^\s\\]+$/i.test(value) && isInertValue(value);
}

/**
 * Whether an attribute value or a stylesheet loads nothing and runs nothing: every `url()` points into the file
 * (`url(#gradient)`), and there is no backslash (a CSS escape can spell any of the words below), no `@import`,
 * no script address and no other function that loads an image.
 */
function isInertValue(value: string): boolean {
  const folded = value.replace(/\s+/g, '').toLowerCase();
  if (/\\|@import|javascript:|vbscript:|expression\(|image-set\(|image\(|cross-fade\(|element\(|src\(|-moz-binding|behavior:/.test(folded)) return false;
  return [...folded.matchAll(/url\(["']?(.?)/g)].every((match) => match[1] === '#');
}

/** Whether a `<style>` is text only, inert, and writable as XML text as it is (no `<` or `&`, which it is not escaped for). */
function isInertStylesheet(style: Element): boolean {
  const css = style.children.map((child) => (child.type === 'text' ? child.value : '<')).join('');
  return !/[<&]/.test(css) && isInertValue(css);
}
