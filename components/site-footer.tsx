import { FEEDS } from '@/lib/metadata';
import { site, withBasePath } from '@/lib/site';
import { Icon } from './icons';
import { NavLinks } from './nav-links';
import { t } from '@/lib/i18n';

/** The footer; its year is the build's, never a literal. */
export function SiteFooter({ year }: { year: number }) {
  return (
    <footer className="border-t border-zinc-200 text-sm text-zinc-600 dark:border-zinc-800 dark:text-zinc-400">
      <div className="mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-4 px-4 py-8 sm:px-6">
        <p>
          © {year} {site.name}
        </p>
        <NavLinks
          label={t.footerNav}
          menu="footer"
          className="flex flex-wrap gap-x-5 gap-y-2"
          linkClassName="underline-offset-4 hover:underline"
          extra={
            <li>
              <a href={withBasePath(FEEDS[0].path)} className="inline-flex items-center gap-1.5 underline-offset-4 hover:underline">
                <Icon name="rss" />
                {t.rssFeed}
              </a>
            </li>
          }
        />
      </div>
    </footer>
  );
}
