import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PageHeader } from '@/components/page-header';
import { PostList } from '@/components/post-list';
import { pageMetadata } from '@/lib/output/metadata';
import { decodeParam, seriesPath } from '@/lib/site/paths';
import { getContent } from '@/lib/posts';
import { getSite } from '@/lib/site';
import { orPlaceholder } from '@/lib/output/static-params';
import { t } from '@/lib/site/i18n';

export const dynamicParams = false;

export function generateStaticParams() {
  return orPlaceholder(
    getContent().series.map((series) => ({ slug: series.slug })),
    ['slug'],
  );
}

type Props = { params: Promise<{ slug: string }> };

async function findSeries(params: Props['params']) {
  const content = getContent();
  const series = content.seriesBySlug.get(decodeParam((await params).slug));
  return series && { series, parts: content.postsBySeries.get(series.slug) ?? [] };
}

const partsDescription = (name: string, parts: number) => t.seriesDescription(name, parts, getSite().name);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await findSeries(params);
  if (!found) return {};
  return pageMetadata({
    title: found.series.name,
    description: partsDescription(found.series.name, found.parts.length),
    path: seriesPath(found.series.slug),
  });
}

export default async function SeriesPage({ params }: Props) {
  const found = await findSeries(params);
  if (!found) notFound();
  return (
    <>
      <PageHeader title={found.series.name}>
        <p>{partsDescription(found.series.name, found.parts.length)}</p>
      </PageHeader>
      <PostList posts={found.parts} />
    </>
  );
}
