/**
 * How deeply a body may nest: blockquotes, lists and their items, paragraphs, emphasis, links and HTML elements
 * inside one another, each counting one level. The unified utilities recurse once per level and overflow Node 20's stack
 * somewhere between 1,000 and 3,000 levels (a list level costs two: the list and its item); 100 is far below
 * that, and far above anything a post needs.
 */
export const MAX_NESTING = 100;

/** What the author is told to do when a body nests too deeply. */
export const NESTING_EXPECTED = `at most ${MAX_NESTING} levels of elements inside one another (blockquotes, lists, list items, paragraphs, emphasis, links, HTML elements)`;

/** A body the pipeline refuses to render because it nests too deeply; `found` says where and how deep. */
export class NestingError extends Error {
  constructor(readonly found: string) {
    super(`Markdown body: found ${found}, expected ${NESTING_EXPECTED}`);
    this.name = 'NestingError';
  }
}

// At the start of a line, the markers that open containers: `>` and list bullets or numbers, after the
// indentation that nests a list (about two columns per level).
const CONTAINER_PREFIX = /^([ \t]*)((?:>[ \t]*|(?:[-+*]|\d{1,9}[.)])(?:[ \t]+|$))+)/;
const LIST_MARKER = /(?:[-+*]|\d{1,9}[.)])(?=[ \t]|$)/g;
const CODE_FENCE = /^ {0,3}(?:```|~~~)/;
const CODE_SPAN = /`[^`]*`/g;
const EMPHASIS_RUN = /[*_]+/g;

/**
 * Refuses, before parsing, a body whose text alone shows nesting beyond {@link MAX_NESTING}: a line opening
 * more blockquotes and lists than that, or a paragraph opening more emphasis than it closes. The parser is
 * quadratic in both (a list 10,000 levels deep took 89 s) and would spend that time before any tree could be
 * measured. Code is skipped: `char *p;` opens nothing.
 */
export function checkSourceNesting(markdown: string): void {
  let inFence = false;
  let emphasis = 0;
  markdown.split('\n').forEach((line, index) => {
    if (CODE_FENCE.test(line)) {
      inFence = !inFence;
      return;
    }
    if (inFence) return;
    const where = `on line ${index + 1} of the body`;
    const prefix = CONTAINER_PREFIX.exec(line);
    const listMarkers = prefix?.[2]!.match(LIST_MARKER)?.length ?? 0;
    // Emphasis never reaches past its paragraph, and a list item starts a new one.
    if (!line.trim() || listMarkers > 0) emphasis = 0;
    if (prefix) {
      const levels = prefix[1]!.replace(/\t/g, '    ').length + (prefix[2]!.split('>').length - 1) + 2 * listMarkers;
      if (levels > MAX_NESTING) throw new NestingError(`about ${levels} levels of blockquotes and lists ${where}`);
    }
    const text = line.replace(CODE_SPAN, ' ');
    for (const run of text.matchAll(EMPHASIS_RUN)) {
      const spaceBefore = /\s/.test(text[run.index - 1] ?? ' ');
      const spaceAfter = /\s/.test(text[run.index + run[0].length] ?? ' ');
      // A run of n markers opens or closes at least n / 2 levels: `**` is one (strong), `*` one (emphasis).
      const levels = Math.ceil(run[0].length / 2);
      if (spaceBefore && !spaceAfter) emphasis += levels;
      else if (!spaceBefore && spaceAfter) emphasis = Math.max(0, emphasis - levels);
      if (emphasis > MAX_NESTING) throw new NestingError(`about ${emphasis} levels of emphasis ${where}`);
    }
  });
}

/** What the depth check reads of a Markdown (mdast) or HTML (hast) node. */
interface TreeNode {
  children?: ReadonlyArray<TreeNode>;
  position?: { start: { line: number } };
}

/** Refuses a Markdown or HTML tree deeper than {@link MAX_NESTING}, walking it without recursion. */
export function checkTreeNesting(tree: TreeNode, kind: 'Markdown' | 'HTML'): void {
  const stack: Array<{ node: TreeNode; depth: number }> = [{ node: tree, depth: 0 }];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const children = item.node.children ?? [];
    if (children.length === 0) continue;
    if (item.depth > MAX_NESTING) {
      const line = item.node.position?.start.line;
      throw new NestingError(`${kind} nested more than ${MAX_NESTING} levels deep${line ? ` from line ${line} of the body` : ''}`);
    }
    for (const child of children) stack.push({ node: child, depth: item.depth + 1 });
  }
}
