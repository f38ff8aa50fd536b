import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import { toString as hastToString } from 'hast-util-to-string';
import { EXIT, visit } from 'unist-util-visit';

/**
 * Wraps every table in a focusable, labelled region (a `<section>` with `tabindex="0"` and an `aria-label` from
 * its column headers, which makes it a region landmark) that the site's CSS lets scroll sideways: a wide table scrolls inside it on a phone instead
 * of widening the page, and keyboard users can focus it to scroll. Runs after sanitizing, so the wrapper is
 * never the author's markup.
 */
export default function rehypeTableRegions(labels: TableLabels) {
  return (tree: Root) => {
    const labelsUsed = new Map<string, number>();
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'table' || !parent || index === undefined) return;
      const label = tableLabel(node, labels);
      // Two regions with one name would be indistinguishable in a screen reader's list of landmarks.
      const count = (labelsUsed.get(label) ?? 0) + 1;
      labelsUsed.set(label, count);
      parent.children[index] = h('section.table-region', { tabIndex: 0, ariaLabel: count === 1 ? label : `${label} (${count})` }, [node]);
    });
  };
}

/** How a table region is named, in the site's language. */
export interface TableLabels {
  /** A table without header cells: "Table". */
  table: string;
  /** A table with header cells, given their text joined: "Table: Name, Price". */
  tableOf: (headers: string) => string;
}

/** "Table: " and the text of the header cells of the table's first row, or just "Table" when it has none. */
function tableLabel(table: Element, labels: TableLabels): string {
  let firstRow: Element | undefined;
  visit(table, 'element', (node: Element) => {
    if (node.tagName !== 'tr') return;
    firstRow = node;
    return EXIT;
  });
  const headers = (firstRow?.children ?? [])
    .filter((cell): cell is Element => cell.type === 'element' && cell.tagName === 'th')
    .map((cell) => hastToString(cell).replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  return headers.length > 0 ? labels.tableOf(headers.join(', ')) : labels.table;
}
