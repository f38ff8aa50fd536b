import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArchiveView } from '@/components/archive-view';
import { getArchive, getArchivePage } from '@/lib/output/archives';
import { staticParamsOf } from '@/lib/output/page-graph';
import { pageMetadata } from '@/lib/output/metadata';
import { pagePath } from '@/lib/output/pagination';
import { parsePageParam } from '@/lib/output/static-params';
import { t } from '@/lib/site/i18n';

export const dynamicParams = false;

export const generateStaticParams = () => staticParamsOf('/blog/page/[page]');

type Props = { params: Promise<{ page: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = parsePageParam((await params).page);
  return pageMetadata({ title: t.withPage(t.blog, page), description: getArchive('blog')?.description, path: pagePath('/blog/', page) });
}

export default async function BlogListPage({ params }: Props) {
  const found = getArchivePage('blog', undefined, parsePageParam((await params).page));
  if (!found || found.page.page === 1) notFound();
  return <ArchiveView {...found} />;
}
