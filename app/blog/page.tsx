import type { Metadata } from 'next';
import { PostList } from '@/components/post-list';
import { getAllPosts } from '@/lib/posts';

export const metadata: Metadata = { title: 'Blog' };

export default function BlogPage() {
  return (
    <>
      <h1 className="mb-10 text-3xl font-bold tracking-tight">Blog</h1>
      <PostList posts={getAllPosts()} />
    </>
  );
}
