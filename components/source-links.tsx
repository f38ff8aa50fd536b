import { t } from '@/lib/site/i18n';
import { sourceLinks } from '@/lib/site/repository';
import { getSite } from '@/lib/site';

/** "Edit this post" and "History" links to a content file in the site's repository; nothing without `repository` in the site config. */
export function SourceLinks({ file, kind }: { file: string; kind: 'post' | 'page' }) {
  const links = sourceLinks(getSite().repository, file);
  if (!links) return null;
  const linkClass = 'underline-offset-4 hover:text-zinc-900 hover:underline dark:hover:text-zinc-100';
  return (
    <p data-source-links className="flex gap-4 text-sm text-zinc-600 dark:text-zinc-400">
      <a href={links.edit} className={linkClass}>
        {kind === 'post' ? t.editPost : t.editPage}
      </a>
      <a href={links.history} className={linkClass}>
        {t.history}
      </a>
    </p>
  );
}
