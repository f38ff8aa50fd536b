import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getArchivePage, type ArchiveKind } from '@/lib/output/archives';
import { staticParamsOf } from '@/lib/output/page-graph';
import { pageMetadata } from '@/lib/output/metadata';
import { pagePath } from '@/lib/output/pagination';
import { decodeParam } from '@/lib/site/paths';
import { parsePageParam } from '@/lib/output/static-params';
import { ArchiveView } from '@/components/archive-view';
import { t } from '@/lib/site/i18n';

type FirstPageProps = { params: Promise<{ slug: string }> };
type LaterPageProps = { params: Promise<{ slug: string; page: string }> };

/**
 * The route exports shared by the tag, category and author lists: the first page at `/blog/<kind>/<slug>/`
 * and later pages at `/blog/<kind>/<slug>/page/<n>/`. Each route file re-exports what it needs.
 */
export function archiveRoute(kind: Exclude<ArchiveKind, 'blog'>) {
  async function resolve(params: LaterPageProps['params'] | FirstPageProps['params']) {
    const values: { slug: string; page?: string } = await params;
    const page = values.page === undefined ? 1 : parsePageParam(values.page);
    return { found: getArchivePage(kind, decodeParam(values.slug), page), page };
  }

  async function metadata({ params }: FirstPageProps | LaterPageProps): Promise<Metadata> {
    const { found, page } = await resolve(params);
    if (!found) return {};
    const { archive } = found;
    return pageMetadata({
      title: page > 1 ? t.withPage(archive.title, page) : archive.title,
      description: archive.description,
      path: pagePath(archive.basePath, page),
    });
  }

  async function FirstPage({ params }: FirstPageProps) {
    const { found } = await resolve(params);
    if (!found) notFound();
    return <ArchiveView {...found} />;
  }

  async function LaterPage({ params }: LaterPageProps) {
    const { found, page } = await resolve(params);
    if (!found || page === 1) notFound();
    return <ArchiveView {...found} />;
  }

  return {
    firstPageParams: () => staticParamsOf(`/blog/${kind}/[slug]`),
    laterPageParams: () => staticParamsOf(`/blog/${kind}/[slug]/page/[page]`),
    metadata,
    FirstPage,
    LaterPage,
  };
}
