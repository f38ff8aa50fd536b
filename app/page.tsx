import Link from 'next/link';
import { PostList } from '@/components/post-list';
import { getAllPosts } from '@/lib/posts';

const HOME_POSTS = 5;

export default function HomePage() {
  const posts = getAllPosts().slice(0, HOME_POSTS);
  return (
    <>
      <h1 className="mb-10 text-3xl font-bold tracking-tight">Latest posts</h1>
      <PostList posts={posts} />
      <p className="mt-10">
        <Link href="/blog/" className="font-medium underline">
          All posts
        </Link>
      </p>
    </>
  );
}
