import { Icon } from './icons';

/** A search box that submits `?q=` to /search/: it works without JavaScript. */
export function SearchForm({ className = '', autoFocus = false, defaultValue }: { className?: string; autoFocus?: boolean; defaultValue?: string }) {
  return (
    <form action="/search/" method="get" role="search" aria-label="Site" className={className} data-search-form={autoFocus ? '' : undefined}>
      <label className="flex items-center gap-2 rounded-md border border-zinc-300 px-2.5 py-1.5 text-sm focus-within:border-accent-600 dark:border-zinc-700 dark:focus-within:border-accent-400">
        <Icon name="search" className="size-4 shrink-0 text-zinc-500 dark:text-zinc-400" />
        <span className="sr-only">Search posts</span>
        <input
          type="search"
          name="q"
          placeholder="Search posts"
          defaultValue={defaultValue}
          autoFocus={autoFocus}
          className="w-full min-w-0 bg-transparent text-zinc-900 placeholder:text-zinc-500 focus:outline-none sm:w-40 dark:text-zinc-100 dark:placeholder:text-zinc-400"
        />
      </label>
    </form>
  );
}
