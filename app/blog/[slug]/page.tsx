import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PostArticle } from '@/components/post-article';
import { postMetadata } from '@/lib/output/metadata';
import { decodeParam } from '@/lib/site/paths';
import { getContent } from '@/lib/posts';
import { postPageData, staticParamsOf } from '@/lib/output/page-graph';

export const dynamicParams = false;

export const generateStaticParams = () => staticParamsOf('/blog/[slug]');

type Props = { params: Promise<{ slug: string }> };

const findPost = async (params: Props['params']) => getContent().postBySlug.get(decodeParam((await params).slug));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const post = await findPost(params);
  return post ? postMetadata(post) : {};
}

export default async function PostPage({ params }: Props) {
  const post = await findPost(params);
  if (!post) notFound();
  return <PostArticle {...postPageData(getContent(), post)} />;
}
