import { withBasePath } from '@/lib/site';
import { Icon } from './icons';
import { t } from '@/lib/site/i18n';

interface SearchFormProps {
  /** The form's accessible name; each search landmark on a page needs its own. */
  label: string;
  /** Classes of the form: its width is the caller's (the box fills the form). */
  className?: string;
  /** Focus the box on load (the search page) and let /scripts/search.js drive the form. */
  main?: boolean;
}

/** A search box that submits `?q=` to /search/: it works without JavaScript. */
export function SearchForm({ label, className = '', main = false }: SearchFormProps) {
  return (
    <form action={withBasePath('/search/')} method="get" role="search" aria-label={label} className={`flex items-stretch gap-2 ${className}`} data-search-form={main ? '' : undefined}>
      <label className="focus-within:border-accent-600 dark:focus-within:border-accent-400 flex min-w-0 flex-1 items-center gap-2 rounded-md border border-zinc-300 px-2.5 py-1.5 text-sm dark:border-zinc-700">
        <Icon name="search" className="size-4 shrink-0 text-zinc-500 dark:text-zinc-400" />
        <span className="sr-only">{t.searchPosts}</span>
        <input
          type="search"
          name="q"
          placeholder={t.searchPlaceholder}
          autoFocus={main}
          className="w-full min-w-0 rounded-sm bg-transparent text-zinc-900 placeholder:text-zinc-500 dark:text-zinc-100 dark:placeholder:text-zinc-400"
        />
      </label>
      <button
        type="submit"
        className="hover:border-accent-600 dark:hover:border-accent-400 rounded-md border border-zinc-300 px-3 text-sm font-medium text-zinc-800 dark:border-zinc-700 dark:text-zinc-200"
      >
        {t.search}
      </button>
    </form>
  );
}
