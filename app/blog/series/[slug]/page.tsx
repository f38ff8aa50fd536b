import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PageHeader } from '@/components/page-header';
import { PostList } from '@/components/post-list';
import { pageMetadata } from '@/lib/output/metadata';
import { decodeParam, seriesPath } from '@/lib/site/paths';
import { getContent } from '@/lib/posts';
import { getSite } from '@/lib/site';
import { seriesPageData, staticParamsOf } from '@/lib/output/page-graph';
import { t } from '@/lib/site/i18n';

export const dynamicParams = false;

export const generateStaticParams = () => staticParamsOf('/blog/series/[slug]');

type Props = { params: Promise<{ slug: string }> };

const findSeries = async (params: Props['params']) => seriesPageData(getContent(), decodeParam((await params).slug));

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
