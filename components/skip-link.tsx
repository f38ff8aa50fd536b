import { PAGE_IDS } from '@/lib/site/page-ids';
import { t } from '@/lib/site/i18n';

/** The first focusable element of every page: a link past the header straight to the content. */
export function SkipLink() {
  return (
    <a
      href={`#${PAGE_IDS.main}`}
      className="sr-only focus:not-sr-only focus:fixed focus:top-3 focus:left-3 focus:z-50 focus:rounded-md focus:bg-zinc-900 focus:px-4 focus:py-2 focus:text-white dark:focus:bg-white dark:focus:text-zinc-900"
    >
      {t.skipToContent}
    </a>
  );
}
