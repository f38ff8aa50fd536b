import path from 'node:path';
import { postPath } from '../site/paths';
import { readAliasPath, refusedAliases, type AliasClaim, type PageFiles } from './aliases';
import { displayPath, type ContentProblem, type ContentWarning } from '../site/errors';
import { readFrontmatter } from './frontmatter';
import { sameBody, type FileHistory, type GitHistory } from './git-history';
import { slugOfFile } from './list';
import type { UnrenderedPost } from './model';
import { isSlug } from './schema';
import type { MarkdownFile } from './source';

/** What git history says of one content file, with its path in the repository. */
export interface HistoryFacts {
  history?: FileHistory;
  repositoryFile: string;
  /** The history was read, so a file it lacks is one never committed. */
  read: boolean;
}

/** Looks up files in the history of the content folder. */
export function fileHistory(history: GitHistory | undefined, contentDir: string): (file: string) => HistoryFacts {
  return (file) => {
    const relative = path.relative(contentDir, file).split(path.sep).join('/');
    if (!history?.available) return { repositoryFile: displayPath(file), read: false };
    return { history: history.files.get(relative), repositoryFile: history.prefix + relative, read: true };
  };
}

/**
 * When git says a file's body last changed: its last commit that changed the body; under `next dev` (`worktree`),
 * "now" for an uncommitted change to the body (or a file never committed).
 */
export function gitModified({ history, read }: HistoryFacts, source: MarkdownFile, options: { gitHistory?: 'committed' | 'worktree'; now: Date }): Date | undefined {
  if (!read) return undefined;
  const uncommitted = !history || !sameBody(source.body, history.committedBody);
  return options.gitHistory === 'worktree' && uncommitted ? options.now : history?.bodyChanged;
}

/**
 * The addresses a post had under its earlier names in git history, as the loader would have made them then (its
 * `slug:` field, else its file name), other than its address now; only names it had in `posts/`.
 */
export function earlierSlugs({ history }: HistoryFacts, slug: string): Array<{ alias: string; from: string }> {
  const earlier = new Map<string, string>();
  for (const name of history?.earlierNames ?? []) {
    if (path.posix.dirname(name.file) !== 'posts' || !name.file.endsWith('.md')) continue;
    const old = slugField(name.frontmatter) ?? slugOfFile(name.file);
    const read = isSlug(old) && old !== slug ? readAliasPath(postPath(old)) : undefined;
    const alias = read && 'path' in read ? read.path : undefined;
    if (alias && !earlier.has(alias)) earlier.set(alias, name.file);
  }
  return [...earlier].map(([alias, from]) => ({ alias, from }));
}

/** The `slug:` of an earlier frontmatter, when it parses and is text. */
function slugField(frontmatter: string | undefined): string | undefined {
  if (frontmatter === undefined) return undefined;
  try {
    // Through the one reader, as a file of its own: an old version is input like any other.
    const slug = (readFrontmatter(`---\n${frontmatter}\n---\n`).data as Record<string, unknown> | undefined)?.slug;
    return typeof slug === 'string' ? slug.trim().normalize('NFC') : undefined;
  } catch {
    return undefined;
  }
}

/** An address git history gives a post (one of its earlier names), with the earlier file. */
export interface InferredAlias {
  claim: AliasClaim;
  from: string;
}

/**
 * Checks every alias against every page of the site, posts and pages alike: written ones first, then those git
 * history gives, which go through the same checks (a written alias wins). A written alias that clashes is a
 * problem; an inferred one is dropped with a warning, since the author never asked for it.
 */
export function settleAliases(
  written: ReadonlyArray<AliasClaim>,
  inferred: ReadonlyArray<InferredAlias>,
  pageFiles: PageFiles,
  publicDir: string,
): { problems: ContentProblem[]; warnings: ContentWarning[]; kept: InferredAlias[] } {
  const fromHistory = new Map(inferred.map((one) => [one.claim, one]));
  const problems: ContentProblem[] = [];
  const warnings: ContentWarning[] = [];
  const refused = new Set<AliasClaim>();
  for (const { claim, problem } of refusedAliases([...written, ...fromHistory.keys()], pageFiles, publicDir)) {
    const one = fromHistory.get(claim);
    if (!one) problems.push(problem);
    else {
      refused.add(claim);
      warnings.push({ file: claim.file, message: `was ${one.from} in git history, but its old address ${problem.found}: no redirect is written from it` });
    }
  }
  return { problems, warnings, kept: inferred.filter((one) => !refused.has(one.claim)) };
}

/** The post with the addresses git history gives it added to its aliases. */
export function withInferredAliases<P extends Pick<UnrenderedPost, 'file' | 'aliases' | 'historyAliases'>>(post: P, kept: ReadonlyArray<InferredAlias>): P {
  const own = kept.filter((one) => one.claim.file === post.file);
  if (own.length === 0) return post;
  return {
    ...post,
    aliases: [...post.aliases, ...own.map((one) => one.claim.alias)],
    historyAliases: [...post.historyAliases, ...own.map((one) => ({ alias: one.claim.alias, from: one.from }))],
  };
}
