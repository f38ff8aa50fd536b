import Link from 'next/link';
import { getSite } from '@/lib/site';
import { NavLinks } from './nav-links';
import { SearchForm } from './search-form';
import { ThemeSwitch } from './theme-switch';
import { t } from '@/lib/site/i18n';

/** The banner: the site name, the main navigation, search and the theme switch. */
export function SiteHeader() {
  return (
    <header className="border-b border-zinc-200 dark:border-zinc-800">
      <div className="mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-x-6 gap-y-3 px-4 py-4 sm:px-6">
        <Link href="/" className="text-lg font-bold tracking-tight text-zinc-900 dark:text-zinc-50">
          {getSite().name}
        </Link>
        <NavLinks
          label={t.mainNav}
          menu="header"
          className="flex flex-wrap gap-x-5 gap-y-2 text-sm font-medium"
          linkClassName="hover:text-accent-700 dark:hover:text-accent-300 text-zinc-700 underline-offset-4 hover:underline dark:text-zinc-300"
        />
        <div className="flex w-full items-center gap-3 sm:w-auto">
          {/* Hidden on the search page, whose own form (data-search-form) is the page. */}
          <SearchForm label={t.siteSearch} className="min-w-0 flex-1 sm:w-60 sm:flex-none [body:has([data-search-form])_&]:hidden" />
          <ThemeSwitch />
        </div>
      </div>
    </header>
  );
}
