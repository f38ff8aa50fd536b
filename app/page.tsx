import type { Metadata } from 'next';
import Link from 'next/link';
import { JsonLd } from '@/components/json-ld';
import { PostList } from '@/components/post-list';
import { TermCloud } from '@/components/term-cloud';
import { categoryPath, tagPath } from '@/lib/site/paths';
import { getContent } from '@/lib/posts';
import { pageMetadata } from '@/lib/output/metadata';
import { getSite } from '@/lib/site';
import { blogJsonLd } from '@/lib/output/structured-data';
import { t } from '@/lib/site/i18n';

export function generateMetadata(): Metadata {
  return pageMetadata({ path: '/' });
}

const HOME_POSTS = 6;
const HOME_TAGS = 16;

export default function HomePage() {
  const content = getContent();
  const posts = content.posts.slice(0, HOME_POSTS);
  const categories = content.categories;
  return (
    <>
      <JsonLd data={blogJsonLd(posts)} />
      <header className="mb-14 space-y-4">
        <h1 className="text-4xl font-bold tracking-tight text-zinc-900 sm:text-5xl dark:text-zinc-50">{getSite().name}</h1>
        <p className="max-w-measure text-xl leading-relaxed text-zinc-700 dark:text-zinc-300">{getSite().description}</p>
      </header>
      <section aria-labelledby="latest-heading">
        <h2 id="latest-heading" className="mb-8 text-sm font-semibold tracking-widest text-zinc-600 uppercase dark:text-zinc-400">
          {t.latestPosts}
        </h2>
        <PostList posts={posts} headingLevel="h3" />
        <p className="mt-10">
          <Link href="/blog/" className="text-accent-700 dark:text-accent-300 font-semibold underline-offset-4 hover:underline">
            {t.allPostsInArchive}
          </Link>
        </p>
      </section>
      <section aria-labelledby="topics-heading" className="mt-16 space-y-6 border-t border-zinc-200 pt-10 dark:border-zinc-800">
        <h2 id="topics-heading" className="text-sm font-semibold tracking-widest text-zinc-600 uppercase dark:text-zinc-400">
          {t.topics}
        </h2>
        {categories.length > 0 && <TermCloud terms={categories} path={categoryPath} label={t.categories} />}
        <TermCloud terms={content.tags.slice(0, HOME_TAGS)} path={tagPath} label={t.popularTags} />
        <p>
          <Link href="/blog/tags/" className="text-accent-700 dark:text-accent-300 font-semibold underline-offset-4 hover:underline">
            {t.allTagsLink}
          </Link>
        </p>
      </section>
    </>
  );
}
