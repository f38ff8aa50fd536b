import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArchiveView } from '@/components/archive-view';
import { archivePageParams, getArchivePage } from '@/lib/archives';
import { parsePageParam } from '@/lib/static-params';

export const dynamicParams = false;

export function generateStaticParams() {
  return archivePageParams('blog').map(({ page }) => ({ page }));
}

type Props = { params: Promise<{ page: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Blog (page ${(await params).page})` };
}

export default async function BlogListPage({ params }: Props) {
  const found = getArchivePage('blog', undefined, parsePageParam((await params).page));
  if (!found || found.page.page === 1) notFound();
  return <ArchiveView {...found} />;
}
