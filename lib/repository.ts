// "Edit this post" and "History" links to a content file in the site's repository on GitHub or GitLab, from the
// site config's `repository` (lib/site.ts). The file's path in the repository comes from the loader
// (`repositoryFile`: git's own path when the content is in a repository).

/** The site config's `repository`: where the content's source is browsed. */
export interface RepositoryConfig {
  /** The repository's web address, such as https://github.com/you/blog or https://gitlab.com/you/blog. */
  url: string;
  /** The branch the site is built from; default `main`. */
  branch?: string;
}

/** The two links a post or page shows. */
export interface SourceLinks {
  edit: string;
  history: string;
}

const KNOWN_FIELDS = ['url', 'branch'];

/** Throws a clear error (naming `source`) for a `repository` config that is not an https URL and an optional branch. */
export function checkRepository(repository: unknown, source = 'lib/site.ts'): void {
  if (repository === undefined) return;
  const fail = (field: string, found: unknown, expected: string): never => {
    throw new Error(`${source}: repository${field ? `.${field}` : ''}: found ${JSON.stringify(found)}, expected ${expected}`);
  };
  if (typeof repository !== 'object' || repository === null || Array.isArray(repository)) fail('', repository, 'an object with url (and branch), or no repository field');
  const config = repository as Record<string, unknown>;
  for (const field of Object.keys(config)) if (!KNOWN_FIELDS.includes(field)) fail(field, config[field], `no such field (repository has ${KNOWN_FIELDS.join(', ')})`);
  const url = typeof config.url === 'string' && URL.canParse(config.url) ? new URL(config.url) : undefined;
  if (!url || url.protocol !== 'https:' || url.search || url.hash || url.pathname.split('/').filter(Boolean).length < 2) {
    fail('url', config.url, 'the https address of the repository, such as https://github.com/you/blog');
  }
  if (config.branch !== undefined && (typeof config.branch !== 'string' || !/^[\w./-]+$/.test(config.branch))) fail('branch', config.branch, 'a branch name such as "main"');
}

/**
 * The edit and history links of a file (its path in the repository): GitHub's `/edit/<branch>/<file>` and
 * `/commits/<branch>/<file>`, or GitLab's, which put `/-/` before them (a host named gitlab.* or a hostname
 * starting with `gitlab`). Undefined when the site config has no repository.
 */
export function sourceLinks(repository: RepositoryConfig | undefined, file: string): SourceLinks | undefined {
  if (!repository) return undefined;
  const base = repository.url.replace(/\/+$/, '').replace(/\.git$/, '');
  const gitlab = new URL(base).hostname.split('.').includes('gitlab');
  const path = `${encodeURIComponent(repository.branch ?? 'main')}/${file.split('/').map(encodeURIComponent).join('/')}`;
  const dash = gitlab ? '/-' : '';
  return { edit: `${base}${dash}/edit/${path}`, history: `${base}${dash}/commits/${path}` };
}
