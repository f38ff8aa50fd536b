import type { Metadata } from 'next';
import { PageHeader } from '@/components/page-header';
import { TermCloud } from '@/components/term-cloud';
import { pageMetadata } from '@/lib/metadata';
import { categoryPath, tagPath } from '@/lib/paths';
import { getContent } from '@/lib/posts';

export const metadata: Metadata = pageMetadata({
  title: 'Tags',
  description: 'Every tag and category, with how many posts carry it.',
  path: '/blog/tags/',
});

export default function TagsPage() {
  const { tags, categories } = getContent();
  return (
    <>
      <PageHeader title="Tags">
        <p>
          {tags.length} tags across the blog, most used first.
        </p>
      </PageHeader>
      <TermCloud terms={tags} path={tagPath} label="All tags" />
      {categories.length > 0 && (
        <section aria-labelledby="categories-heading" className="mt-12">
          <h2 id="categories-heading" className="mb-4 text-xl font-semibold tracking-tight">
            Categories
          </h2>
          <TermCloud terms={categories} path={categoryPath} label="All categories" />
        </section>
      )}
    </>
  );
}
