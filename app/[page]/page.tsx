import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PageArticle } from '@/components/page-article';
import { pageMetadata } from '@/lib/output/metadata';
import { decodeParam } from '@/lib/site/paths';
import { getContent } from '@/lib/posts';
import { staticParamsOf } from '@/lib/output/page-graph';

export const dynamicParams = false;

export const generateStaticParams = () => staticParamsOf('/[page]');

type Props = { params: Promise<{ page: string }> };

const findPage = async (params: Props['params']) => getContent().pageBySlug.get(decodeParam((await params).page));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await findPage(params);
  return page ? pageMetadata({ title: page.title, description: page.description, path: page.url }) : {};
}

export default async function ContentPage({ params }: Props) {
  const page = await findPage(params);
  if (!page) notFound();
  return <PageArticle page={page} />;
}
