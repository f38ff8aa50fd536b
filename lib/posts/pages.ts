import fs from 'node:fs';
import path from 'node:path';
import { contentPagePath, ROOT_SEGMENTS } from '../site/paths';
import { absoluteUrl } from '../site';
import { validate } from './file-check';
import { describeValue, displayPath, type ContentProblem } from '../site/errors';
import { gitModified, type HistoryFacts } from './file-history';
import { fileNameProblem, listMarkdown, slugOfFile } from './list';
import type { Page } from './model';
import { allFindings, renderBody, type BodyFindings } from './render';
import { pageFrontmatterSchema } from './schema';
import type { MarkdownFile } from './source';
import { truncateAtWord } from './text';

/** The pages step's result. */
export interface LoadedPages {
  /** The pages that load, by order and title. */
  pages: Page[];
  /** Every page's slug and file, valid or not, for the alias check. */
  owners: Map<string, string>;
  /** The site paths of pages left out for their problems. */
  unloadedPaths: string[];
  findings: BodyFindings;
}

/** Reads, checks and renders `pages/`, a folder a blog may not have. */
export function loadPages(
  options: { contentDir: string; publicDir: string; now: Date; gitHistory?: 'committed' | 'worktree' },
  read: (file: string) => MarkdownFile | undefined,
  historyOf: (file: string) => HistoryFacts,
  problems: ContentProblem[],
): LoadedPages {
  const loaded: LoadedPages = { pages: [], owners: new Map(), unloadedPaths: [], findings: allFindings([]) };
  const folder = path.join(options.contentDir, 'pages');
  if (!fs.existsSync(folder)) return loaded;
  const reserved = [...ROOT_SEGMENTS, ...fs.readdirSync(options.publicDir)];
  const findings: BodyFindings[] = [];
  for (const file of listMarkdown(folder, problems)) {
    const source = read(file);
    if (!source) continue;
    const display = displayPath(source.file);
    const problemsBefore = problems.length;
    // Pages are Margins' own: no other engine's names to map, and an unknown field is an error.
    const frontmatter = validate(pageFrontmatterSchema, { data: source.data, extra: {}, problems: [], writtenName: (field) => field }, display, problems);
    const slug = slugOfFile(source.file);
    loaded.owners.set(slug, display);
    const badName = reserved.includes(slug)
      ? { file: display, field: '(file name)', found: describeValue(slug), expected: `a name other than ${reserved.join(', ')} (the site already uses those paths)` }
      : fileNameProblem(display, slug);
    if (badName) problems.push(badName);
    const url = contentPagePath(slug);
    if (!frontmatter || problems.length > problemsBefore) {
      loaded.unloadedPaths.push(url);
      continue;
    }
    const { rendered, findings: found } = renderBody(source, { title: frontmatter.title, publicDir: options.publicDir, pageUrl: absoluteUrl(url) }, problems);
    findings.push(found);
    const facts = historyOf(source.file);
    loaded.pages.push({
      slug,
      url,
      file: display,
      repositoryFile: facts.repositoryFile,
      title: frontmatter.title,
      description: frontmatter.description ?? truncateAtWord(rendered.firstParagraph),
      nav: frontmatter.nav,
      order: frontmatter.order,
      updated: frontmatter.updated,
      modified: frontmatter.updated ?? gitModified(facts, source, options),
      headings: rendered.headings,
      html: rendered.html,
    });
  }
  return { ...loaded, pages: loaded.pages.sort((a, b) => a.order - b.order || a.title.localeCompare(b.title)), findings: allFindings(findings) };
}
