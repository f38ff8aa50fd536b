import { GISCUS_CLIENT, discussionSearchUrl, giscusAttributes } from '@/lib/site/comments';
import { PAGE_IDS } from '@/lib/site/page-ids';
import { getSite } from '@/lib/site';
import { EnhancementScript } from './enhancement-script';
import { t } from '@/lib/site/i18n';

/**
 * A post's comments, when the site config has giscus: a "Show comments" button that /scripts/comments.js shows
 * and that loads giscus only when clicked (nothing is requested from a third party before), and a link to the
 * post's discussion on GitHub, which is all a reader without JavaScript gets.
 */
export function Comments({ slug }: { slug: string }) {
  const site = getSite();
  if (!site.comments) return null;
  // giscus speaks the site's language unless the config names another.
  const comments = { ...site.comments, lang: site.comments.lang ?? site.language.split('-')[0] };
  // What the script needs to add giscus, as one attribute: the client and the attributes of its tag.
  const giscus = JSON.stringify({ src: GISCUS_CLIENT, attributes: giscusAttributes(comments, slug), themes: comments.themes ?? { light: 'light', dark: 'dark' } });
  return (
    <section aria-labelledby={PAGE_IDS.comments} data-pagefind-ignore data-comments={giscus} className="space-y-4">
      <h2 id={PAGE_IDS.comments} className="text-xl font-semibold tracking-tight text-zinc-900 dark:text-zinc-50">
        {t.comments}
      </h2>
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
        <button
          type="button"
          hidden
          data-comments-show
          className="bg-accent-700 hover:bg-accent-800 dark:bg-accent-300 dark:hover:bg-accent-200 cursor-pointer rounded-md px-3.5 py-2 font-medium text-white dark:text-zinc-950"
        >
          {t.showComments}
        </button>
        <a href={discussionSearchUrl(comments, slug)} className="text-accent-700 dark:text-accent-300 underline underline-offset-4">
          {t.readDiscussion}
        </a>
      </div>
      <p className="text-sm text-zinc-600 dark:text-zinc-400">{t.commentsNote}</p>
      {/* giscus puts its frame in the element of class "giscus". */}
      <div className="giscus" tabIndex={-1} />
      <EnhancementScript name="comments" />
    </section>
  );
}
