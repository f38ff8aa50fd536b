import { PAGE_IDS } from '@/lib/site/page-ids';
import { shareTargets } from '@/lib/output/share';
import { Icon } from './icons';
import { t } from '@/lib/site/i18n';

const button =
  'hover:border-accent-600 hover:text-accent-700 dark:hover:border-accent-400 dark:hover:text-accent-300 inline-flex size-8 items-center justify-center rounded-md border border-zinc-300 text-zinc-700 dark:border-zinc-700 dark:text-zinc-300';

/**
 * Links that share a page on social networks and by email, each opening safely in a new tab: one row of icon
 * buttons after a visible "Share", narrow enough for a 360 px phone; each button's name is its network.
 */
export function ShareLinks({ url, title }: { url: string; title: string }) {
  return (
    <section aria-labelledby={PAGE_IDS.share} data-pagefind-ignore className="flex items-center gap-2 text-sm">
      <h2 id={PAGE_IDS.share} className="flex shrink-0 items-center gap-1.5 font-medium text-zinc-700 dark:text-zinc-300">
        <Icon name="share" />
        {t.share}
      </h2>
      <ul className="flex gap-1">
        {shareTargets(url, title).map((target) => (
          <li key={target.id}>
            <a href={target.href} target="_blank" rel="noopener noreferrer" data-share={target.id} title={target.label} className={button}>
              <Icon name={target.id} />
              <span className="sr-only">
                {target.label} {t.opensInNewTab}
              </span>
            </a>
          </li>
        ))}
        <li>
          {/* Invisible until /scripts/copy-link.js shows it (without JavaScript it could not work); it keeps its
              place meanwhile, so showing it shifts nothing. The script swaps the icon for a check once copied. */}
          <button type="button" data-copy-link={url} title={t.copyLink} className={`invisible cursor-pointer ${button} group`}>
            <Icon name="copyLink" className="size-4 group-data-copied:hidden" />
            <Icon name="copied" className="hidden size-4 group-data-copied:block" />
            <span className="sr-only" data-copy-link-label>
              {t.copyLink}
            </span>
          </button>
        </li>
      </ul>
    </section>
  );
}
