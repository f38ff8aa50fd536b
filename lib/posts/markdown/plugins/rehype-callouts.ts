import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { h } from 'hastscript';
import { getAlertIcon } from 'remark-github-blockquote-alert';
import { SKIP, visit } from 'unist-util-visit';

/** The kinds of GitHub alert (`> [!NOTE]`). */
const CALLOUT_KINDS = ['note', 'tip', 'important', 'warning', 'caution'] as const;

type CalloutKind = (typeof CALLOUT_KINDS)[number];

/** The label a reader sees and hears for each kind of callout, in the site's language. */
export type CalloutLabels = Record<CalloutKind, string>;

const isKind = (value: string): value is CalloutKind => (CALLOUT_KINDS as ReadonlyArray<string>).includes(value);

const classesOf = (node: Element): string[] => (Array.isArray(node.properties.className) ? node.properties.className.map(String) : []);

/** The kind of an alert `div` left by remark-github-blockquote-alert (and kept by the sanitizer), if it is one. */
function alertKind(node: Element): CalloutKind | undefined {
  if (node.tagName !== 'div') return undefined;
  const classes = classesOf(node);
  if (!classes.includes('markdown-alert')) return undefined;
  const kind = classes.find((name) => name.startsWith('markdown-alert-'))?.slice('markdown-alert-'.length);
  return kind !== undefined && isKind(kind) ? kind : undefined;
}

/** The plugin's octicon for a kind, as an SVG element hidden from assistive technology (the label says it all). */
function icon(kind: CalloutKind): Element {
  const octicon = getAlertIcon(kind);
  const path = 'children' in octicon ? octicon.children[0] : undefined;
  const d = path?.data?.hProperties?.d;
  return h(
    'svg',
    { className: ['callout-icon'], viewBox: '0 0 16 16', width: 16, height: 16, ariaHidden: 'true', focusable: 'false', fill: 'currentColor' },
    [h('path', { d: typeof d === 'string' ? d : '' })],
  );
}

/**
 * Turns GitHub alerts into callouts: `<aside class="callout callout-note" role="note">` opening with a title
 * paragraph (icon and label, "Note"), then the alert's content. Runs after sanitizing: remark-github-blockquote-
 * alert's own title and icon do not survive it (its SVG is not allowed there), so both are made here, from
 * nothing the author wrote. The label is text, so screen readers announce it; `role="note"` keeps the aside out
 * of the page's landmarks. Plain blockquotes are left alone.
 */
export default function rehypeCallouts({ labels }: { labels: CalloutLabels }) {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      const kind = alertKind(node);
      if (!kind || !parent || index === undefined) return;
      const content = node.children.filter((child) => !(child.type === 'element' && classesOf(child).includes('markdown-alert-title')));
      const title = h('p', { className: ['callout-title'] }, [icon(kind), labels[kind]]);
      parent.children[index] = h('aside', { className: ['callout', `callout-${kind}`], role: 'note' }, [title, ...content]);
      return SKIP;
    });
  };
}

/**
 * The feed form of callouts, in place: a plain blockquote opening with the label in bold. Feed readers show
 * no site CSS, and many drop SVG and `aside`; a blockquote reads right in all of them.
 */
export function calloutsForFeeds(tree: Root): Root {
  visit(tree, 'element', (node: Element, index, parent) => {
    if (node.tagName !== 'aside' || !classesOf(node).includes('callout') || !parent || index === undefined) return;
    const title = node.children.find((child) => child.type === 'element' && classesOf(child).includes('callout-title'));
    const content = node.children.filter((child) => child !== title);
    const label: ElementContent[] = title ? [h('p', [h('strong', toString(title).trim())])] : [];
    parent.children[index] = h('blockquote', [...label, ...content]);
    return SKIP;
  });
  return tree;
}
