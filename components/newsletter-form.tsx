import { PAGE_IDS } from '@/lib/site/page-ids';
import { getSite } from '@/lib/site';
import { t } from '@/lib/site/i18n';

/** The newsletter signup of the site config: a plain form posting the reader's email address to the provider. */
export function NewsletterForm() {
  const newsletter = getSite().newsletter;
  if (!newsletter) return null;
  return (
    <section aria-labelledby={PAGE_IDS.newsletter} data-pagefind-ignore className="rounded-xl border border-zinc-200 p-5 dark:border-zinc-800">
      <h2 id={PAGE_IDS.newsletter} className="text-xl font-semibold tracking-tight text-zinc-900 dark:text-zinc-50">
        {newsletter.title ?? t.newsletterTitle}
      </h2>
      {newsletter.description && <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">{newsletter.description}</p>}
      <form action={newsletter.action} method="post" target={newsletter.newTab ? '_blank' : undefined} className="mt-4 flex flex-wrap items-end gap-2">
        <div className="flex min-w-0 flex-1 basis-56 flex-col gap-1">
          <label htmlFor={PAGE_IDS.newsletterEmail} className="text-sm font-medium text-zinc-800 dark:text-zinc-200">
            {t.emailAddress}
          </label>
          <input
            id={PAGE_IDS.newsletterEmail}
            type="email"
            name={newsletter.emailField}
            required
            autoComplete="email"
            className="focus:border-accent-600 dark:focus:border-accent-400 w-full min-w-0 rounded-md border border-zinc-300 bg-transparent px-2.5 py-1.5 text-zinc-900 dark:border-zinc-700 dark:text-zinc-100"
          />
        </div>
        {Object.entries(newsletter.hiddenFields ?? {}).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <button
          type="submit"
          className="bg-accent-700 hover:bg-accent-800 dark:bg-accent-300 dark:hover:bg-accent-200 cursor-pointer rounded-md px-3.5 py-1.5 font-medium text-white dark:text-zinc-950"
        >
          {t.subscribe}
          {newsletter.newTab && <span className="sr-only"> {t.opensInNewTab}</span>}
        </button>
      </form>
    </section>
  );
}
