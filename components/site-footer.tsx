import { FEEDS } from '@/lib/output/metadata';
import { getSite, withBasePath } from '@/lib/site';
import { socialLinks } from '@/lib/site/social';
import { Icon } from './icons';
import { NavLinks } from './nav-links';
import { t } from '@/lib/site/i18n';
import { PAGE_IDS } from '@/lib/site/page-ids';

const link = 'hover:text-accent-700 dark:hover:text-accent-300 inline-flex items-center gap-1.5 underline-offset-4 hover:underline';
const heading = 'mb-3 text-xs font-semibold tracking-wide text-zinc-900 uppercase dark:text-zinc-100';

/**
 * The footer: the site and its description, its pages (the site's navigation and the pages with `nav: footer`),
 * its feeds and its profiles elsewhere (`social` in the site config) with their marks, and the copyright line,
 * whose year is the build's, never a literal.
 */
export function SiteFooter({ year }: { year: number }) {
  const site = getSite();
  const profiles = socialLinks(site.social);
  return (
    <footer id={PAGE_IDS.footer} className="border-t border-zinc-200 text-sm text-zinc-600 dark:border-zinc-800 dark:text-zinc-400">
      <div className="mx-auto grid max-w-3xl grid-cols-2 gap-8 px-4 py-10 sm:grid-cols-[minmax(0,1fr)_auto_auto] sm:gap-x-12 sm:px-6">
        <div className="col-span-2 max-w-xs space-y-2 sm:col-span-1">
          <p className="font-semibold text-zinc-900 dark:text-zinc-100">{site.name}</p>
          <p>{site.description}</p>
        </div>
        <div>
          <h2 className={heading}>{t.footerPages}</h2>
          <NavLinks label={t.footerNav} menu="footer" className="space-y-2" linkClassName={link} />
        </div>
        <div>
          <h2 className={heading}>{t.follow}</h2>
          <ul aria-label={t.feeds} className="space-y-2">
            {Object.values(FEEDS).map((feed) => (
              <li key={feed.path}>
                <a href={withBasePath(feed.path)} type={feed.type} className={link}>
                  <Icon name="rss" />
                  {feed.name}
                </a>
              </li>
            ))}
          </ul>
          {profiles.length > 0 && (
            <ul aria-label={t.elsewhere(site.name)} className="mt-2 space-y-2">
              {profiles.map((profile) => (
                <li key={profile.network}>
                  <a href={profile.href} rel="me noopener" className={link}>
                    <Icon name={profile.network} />
                    {profile.label}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </div>
        <p className="col-span-2 border-t border-zinc-200 pt-6 sm:col-span-3 dark:border-zinc-800">
          © {year} {site.name}
        </p>
      </div>
    </footer>
  );
}
