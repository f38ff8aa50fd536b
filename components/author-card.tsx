import Link from 'next/link';
import { AVATAR_SIZES } from '@/lib/output/image-variants/plan';
import type { Author } from '@/lib/posts';
import { socialLinks } from '@/lib/site/social';
import { Icon } from './icons';
import { LazyImage } from './lazy-image';
import { t } from '@/lib/site/i18n';

/** An author: avatar, name (linking to their page unless `linkName` is false), role, bio and social links. */
export function AuthorCard({ author, headingLevel = 'h2', linkName = true }: { author: Author; headingLevel?: 'h1' | 'h2' | 'h3'; linkName?: boolean }) {
  const Heading = headingLevel;
  return (
    <section aria-label={t.aboutAuthor(author.name)} className="flex flex-col gap-5 sm:flex-row sm:items-start">
      {author.avatar && <Avatar avatar={author.avatar} />}
      <div className="min-w-0">
        <Heading className={`${headingLevel === 'h1' ? 'text-3xl font-bold tracking-tight' : 'text-lg font-semibold'} text-zinc-900 dark:text-zinc-50`}>
          {linkName ? (
            <Link href={author.url} rel="author" className="underline-offset-4 hover:underline">
              {author.name}
            </Link>
          ) : (
            author.name
          )}
        </Heading>
        {author.role && <p className="text-sm text-zinc-600 dark:text-zinc-400">{author.role}</p>}
        {author.bioHtml && (
          <div className="prose prose-zinc dark:prose-invert mt-2 max-w-none text-[0.95rem]" dangerouslySetInnerHTML={{ __html: author.bioHtml }} />
        )}
        <SocialLinks author={author} />
      </div>
    </section>
  );
}

/** An avatar, in WebP where the build made variants: every current browser shows it, and an avatar is too small for more. */
function Avatar({ avatar }: { avatar: NonNullable<Author['avatar']> }) {
  return (
    <LazyImage
      image={avatar}
      sizes={AVATAR_SIZES}
      size={avatar.size ?? { width: 256, height: 256 }}
      className="size-20 shrink-0 rounded-full bg-zinc-100 object-cover dark:bg-zinc-900"
    />
  );
}

function SocialLinks({ author }: { author: Author }) {
  const links = socialLinks(author.social);
  if (links.length === 0) return null;
  return (
    <ul aria-label={t.elsewhere(author.name)} className="mt-3 flex flex-wrap gap-x-4 gap-y-2 text-sm">
      {links.map((link) => (
        <li key={link.network}>
          <a
            href={link.href}
            rel="me noopener"
            className="hover:text-accent-700 dark:hover:text-accent-300 inline-flex items-center gap-1.5 text-zinc-700 underline-offset-4 hover:underline dark:text-zinc-300"
          >
            <Icon name={link.network} />
            {link.label}
          </a>
        </li>
      ))}
    </ul>
  );
}
