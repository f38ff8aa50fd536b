import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { FormattedDate } from '@/components/formatted-date';
import { getAllPosts, getPostBySlug } from '@/lib/posts';

export const dynamicParams = false;

export function generateStaticParams() {
  return getAllPosts().map((post) => ({ slug: post.slug }));
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const post = getPostBySlug((await params).slug);
  return post ? { title: post.title, description: post.excerpt } : {};
}

export default async function PostPage({ params }: Props) {
  const post = getPostBySlug((await params).slug);
  if (!post) notFound();
  return (
    <article>
      <h1 className="text-4xl font-bold tracking-tight">{post.title}</h1>
      <p className="mt-3 text-sm text-zinc-600 dark:text-zinc-400">
        <FormattedDate date={post.date} /> · {post.readingMinutes} min read
      </p>
      <div className="prose prose-zinc mt-8 dark:prose-invert" dangerouslySetInnerHTML={{ __html: post.html }} />
    </article>
  );
}
