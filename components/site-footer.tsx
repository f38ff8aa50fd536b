import { site } from '@/lib/site';

/** The footer; its year is the build's, never a literal. */
export function SiteFooter() {
  return (
    <footer className="border-t border-zinc-200 text-sm text-zinc-600 dark:border-zinc-800 dark:text-zinc-400">
      <div className="mx-auto max-w-3xl px-4 py-6 sm:px-6">
        © {new Date().getFullYear()} {site.name}
      </div>
    </footer>
  );
}
