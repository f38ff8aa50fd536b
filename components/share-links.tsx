import { PAGE_IDS } from '@/lib/page-ids';
import { shareTargets } from '@/lib/share';
import { Icon } from './icons';
import { t } from '@/lib/i18n';

/** Links that share a page on social networks and by email, each opening safely in a new tab. */
export function ShareLinks({ url, title }: { url: string; title: string }) {
  return (
    <section aria-labelledby={PAGE_IDS.share} data-pagefind-ignore className="flex flex-wrap items-center gap-x-3 gap-y-2 text-sm">
      <h2 id={PAGE_IDS.share} className="flex items-center gap-1.5 font-medium text-zinc-700 dark:text-zinc-300">
        <Icon name="share" />
        {t.share}
      </h2>
      <ul className="flex flex-wrap gap-2">
        {shareTargets(url, title).map((target) => (
          <li key={target.id}>
            <a
              href={target.href}
              target="_blank"
              rel="noopener noreferrer"
              data-share={target.id}
              className="hover:border-accent-600 hover:text-accent-700 dark:hover:border-accent-400 dark:hover:text-accent-300 inline-flex items-center gap-1.5 rounded-md border border-zinc-300 px-2.5 py-1 text-zinc-700 dark:border-zinc-700 dark:text-zinc-300"
            >
              <Icon name={target.id} className="size-3.5" />
              {target.label}
              <span className="sr-only"> {t.opensInNewTab}</span>
            </a>
          </li>
        ))}
        <li>
          {/* Invisible until /scripts/copy-link.js shows it (without JavaScript it could not work); it keeps its
              place meanwhile, so showing it shifts nothing. */}
          <button
            type="button"
            data-copy-link={url}
            className="invisible hover:border-accent-600 hover:text-accent-700 dark:hover:border-accent-400 dark:hover:text-accent-300 inline-flex cursor-pointer items-center gap-1.5 rounded-md border border-zinc-300 px-2.5 py-1 text-zinc-700 dark:border-zinc-700 dark:text-zinc-300"
          >
            <Icon name="copyLink" className="size-3.5" />
            <span data-copy-link-label>{t.copyLink}</span>
          </button>
        </li>
      </ul>
    </section>
  );
}
