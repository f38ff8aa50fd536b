import { previewBuild } from '@/lib/build-contract';
import { t } from '@/lib/site/i18n';

/** The banner on every page of a preview build (`npm run build -- --preview`); nothing in a normal build. */
export function PreviewBanner() {
  if (!previewBuild()) return null;
  return (
    <div role="note" data-preview-banner className="bg-amber-100 px-4 py-2 text-center text-sm text-amber-950 dark:bg-amber-900 dark:text-amber-50">
      <strong>{t.preview}</strong>: {t.previewNote}
    </div>
  );
}
