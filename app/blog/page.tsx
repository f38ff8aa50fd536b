import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArchiveView } from '@/components/archive-view';
import { JsonLd } from '@/components/json-ld';
import { blogJsonLd } from '@/lib/output/structured-data';
import { getArchive, getArchivePage } from '@/lib/output/archives';
import { pageMetadata } from '@/lib/output/metadata';
import { t } from '@/lib/site/i18n';

export function generateMetadata(): Metadata {
  return pageMetadata({ title: t.blog, description: getArchive('blog')?.description, path: '/blog/' });
}

export default function BlogPage() {
  const found = getArchivePage('blog', undefined, 1);
  if (!found) notFound();
  // The structured data names each listed post's authors and dates, which the summaries on the page leave out.
  const newest = getArchive('blog')!.posts.slice(0, found.page.items.length);
  return (
    <>
      <JsonLd data={blogJsonLd(newest)} />
      <ArchiveView {...found} />
    </>
  );
}
