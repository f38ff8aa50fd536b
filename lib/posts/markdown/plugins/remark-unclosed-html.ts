import type { Html, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/** A raw HTML element or comment opened in a body and never closed, at the line of the body it opens on. */
export interface UnclosedHtml {
  /** The element's name (`textarea`), or `<!--` for a comment. */
  element: string;
  line: number;
}

// Elements whose content the HTML parser reads as text up to their end tag, whatever it holds: unclosed, they
// take the rest of the body as their text (a textarea shows it as a form field, a script or style hides it).
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'iframe', 'xmp', 'noembed', 'noframes', 'noscript', 'plaintext']);
// Elements whose content a page does not show as prose: a template is inert, a select keeps only options, an
// object shows its content only when its resource fails. Unclosed, the rest of the body goes inside them.
const HIDING = new Set(['template', 'select', 'object']);

const TAG = /<!--|<(\/?)([a-z][a-z0-9-]*)(?=[\s/>])/gi;

/**
 * Finds the raw HTML a body opens and never closes, among the elements that hide what follows them: CommonMark
 * ends an HTML block at a blank line, but the HTML parser then reads every later paragraph into the element,
 * so the rest of the post vanishes without an error. The body's raw HTML nodes are read in order as one stream,
 * as the HTML parser reads them: an element closed in a later block is closed. Lists them, by the line they
 * open on, in `file.data.unclosedHtml`.
 */
export default function remarkUnclosedHtml() {
  return (tree: Root, file: VFile) => {
    const open: UnclosedHtml[] = [];
    // Inside a raw-text element or a comment, only its end counts: tags there are text.
    let raw: UnclosedHtml | undefined;
    visit(tree, 'html', (node: Html) => {
      const text = node.value;
      const lineAt = (index: number) => (node.position?.start.line ?? 1) + (text.slice(0, index).match(/\n/g)?.length ?? 0);
      let at = 0;
      while (at < text.length) {
        if (raw) {
          const end = raw.element === '<!--' ? /-->/g : new RegExp(`</${raw.element}(?=[\\s/>])`, 'gi');
          end.lastIndex = at;
          const found = end.exec(text);
          if (!found) return;
          at = found.index + found[0].length;
          raw = undefined;
          continue;
        }
        TAG.lastIndex = at;
        const tag = TAG.exec(text);
        if (!tag) return;
        at = tag.index + tag[0].length;
        const name = tag[2]?.toLowerCase();
        // `<!-->` and `<!--->` are whole (empty) comments.
        if (!name) raw = /^-?>/.test(text.slice(at)) ? undefined : { element: '<!--', line: lineAt(tag.index) };
        else if (tag[1]) {
          const opened = open.findLastIndex((element) => element.element === name);
          if (opened >= 0) open.splice(opened);
        } else if (RAW_TEXT.has(name)) raw = { element: name, line: lineAt(tag.index) };
        else if (HIDING.has(name)) open.push({ element: name, line: lineAt(tag.index) });
      }
    });
    file.data.unclosedHtml = [...open, ...(raw ? [raw] : [])].sort((a, b) => a.line - b.line);
  };
}
