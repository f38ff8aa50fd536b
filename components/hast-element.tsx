import type { Element, ElementContent } from 'hast';
import { createElement, type CSSProperties, type ReactElement } from 'react';

/**
 * A hast element written by lib/ (an image's `<picture>`, lib/output/image-variants/picture.ts) rendered by React, so
 * that the markup the build puts into bodies and the one components write come from one writer. hast property
 * names are React's (`srcSet`, `fetchPriority`, `className`); only the class list and the style string differ in
 * form. Elements only: the markup written this way has no text.
 */
export function HastElement({ node }: { node: Element }): ReactElement {
  // In the properties' order: React writes attributes in the order of its props.
  const props = Object.fromEntries(
    Object.entries(node.properties).map(([name, value]) => {
      if (name === 'className' && Array.isArray(value)) return [name, value.join(' ')];
      if (name === 'style' && typeof value === 'string') return [name, styleObject(value)];
      return [name, value];
    }),
  );
  return createElement(node.tagName, props, ...node.children.filter(isElement).map((child, index) => <HastElement key={index} node={child} />));
}

const isElement = (node: ElementContent): node is Element => node.type === 'element';

/** `background-color:#fff` as React takes it: `{ backgroundColor: '#fff' }`. */
function styleObject(style: string): CSSProperties {
  const declarations = style.split(';').filter((declaration) => declaration.includes(':'));
  return Object.fromEntries(
    declarations.map((declaration) => {
      const [name, ...value] = declaration.split(':');
      return [name!.trim().replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase()), value.join(':').trim()];
    }),
  );
}
