// "Edit this post" and "History" links to a content file in the site's repository on GitHub or GitLab, from the
// site config's `repository` (site.config.ts). The file's path in the repository comes from the loader
// (`repositoryFile`: git's own path when the content is in a repository).
import { z } from 'zod';
import { configObject, matching } from './config-fields';

const REPOSITORY_URL_EXPECTED = 'the https address of the repository, such as https://github.com/you/blog';

/** The site config's `repository`: where the content's source is browsed. */
export const repositorySchema = configObject(
  {
    /** The repository's web address, such as https://github.com/you/blog or https://gitlab.com/you/blog. */
    url: z
      .string({ error: REPOSITORY_URL_EXPECTED })
      .refine((value) => {
        const url = URL.canParse(value) ? new URL(value) : undefined;
        return url !== undefined && url.protocol === 'https:' && !url.search && !url.hash && url.pathname.split('/').filter(Boolean).length >= 2;
      }, { error: REPOSITORY_URL_EXPECTED }),
    /** The branch the site is built from; default `main`. */
    branch: matching(/^[\w./-]+$/, 'a branch name such as "main"').optional(),
  },
  'repository',
  'an object with url (and branch), or no repository field',
);

/** The site config's `repository`, checked. */
export type RepositoryConfig = z.output<typeof repositorySchema>;

/** The two links a post or page shows. */
export interface SourceLinks {
  edit: string;
  history: string;
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
