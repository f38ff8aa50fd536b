import type { Metadata } from 'next';
import { PageHeader } from '@/components/page-header';
import { TermCloud } from '@/components/term-cloud';
import { pageMetadata } from '@/lib/output/metadata';
import { categoryPath, tagPath } from '@/lib/site/paths';
import { getContent } from '@/lib/posts';
import { t } from '@/lib/site/i18n';

export function generateMetadata(): Metadata {
  return pageMetadata({
    title: t.tags,
    description: t.tagsDescription,
    path: '/blog/tags/',
  });
}

export default function TagsPage() {
  const { tags, categories } = getContent();
  return (
    <>
      <PageHeader title={t.tags}>
        <p>{t.tagsSummary(tags.length)}</p>
      </PageHeader>
      <TermCloud terms={tags} path={tagPath} label={t.allTags} />
      {categories.length > 0 && (
        <section aria-labelledby="categories-heading" className="mt-12">
          <h2 id="categories-heading" className="mb-4 text-xl font-semibold tracking-tight">
            {t.categories}
          </h2>
          <TermCloud terms={categories} path={categoryPath} label={t.allCategories} />
        </section>
      )}
    </>
  );
}
