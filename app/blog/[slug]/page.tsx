import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PostArticle } from '@/components/post-article';
import { postMetadata } from '@/lib/output/metadata';
import { decodeParam } from '@/lib/site/paths';
import { getContent } from '@/lib/posts';
import { orPlaceholder } from '@/lib/output/static-params';

export const dynamicParams = false;

export function generateStaticParams() {
  return orPlaceholder(getContent().posts.map((post) => ({ slug: post.slug })), ['slug']);
}

type Props = { params: Promise<{ slug: string }> };

const findPost = async (params: Props['params']) => getContent().postBySlug.get(decodeParam((await params).slug));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const post = await findPost(params);
  return post ? postMetadata(post) : {};
}

export default async function PostPage({ params }: Props) {
  const post = await findPost(params);
  if (!post) notFound();
  const content = getContent();
  const series = post.series && content.seriesBySlug.get(post.series.slug);
  return (
    <PostArticle
      post={post}
      html={content.body(post).html}
      {...content.adjacentPosts(post)}
      related={content.relatedPosts(post)}
      series={series && { series, parts: content.postsBySeries.get(series.slug) ?? [] }}
    />
  );
}
