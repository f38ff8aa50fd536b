import { t } from '../site/i18n';

/** A place to share a post, with the link that opens it prefilled. */
export interface ShareTarget {
  id: 'x' | 'linkedin' | 'facebook' | 'hacker-news' | 'reddit' | 'email';
  label: string;
  href: string;
}

/**
 * Share links for a page: its canonical URL and its title, each URL-encoded once, so that every network
 * receives exactly the URL of the page's `<link rel="canonical">` and `og:url`.
 */
export function shareTargets(url: string, title: string): ShareTarget[] {
  const u = encodeURIComponent(url);
  const text = encodeURIComponent(title);
  return [
    { id: 'x', label: 'X', href: `https://x.com/intent/post?url=${u}&text=${text}` },
    { id: 'linkedin', label: 'LinkedIn', href: `https://www.linkedin.com/sharing/share-offsite/?url=${u}` },
    { id: 'facebook', label: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { id: 'hacker-news', label: 'Hacker News', href: `https://news.ycombinator.com/submitlink?u=${u}&t=${text}` },
    { id: 'reddit', label: 'Reddit', href: `https://www.reddit.com/submit?url=${u}&title=${text}` },
    { id: 'email', label: t.email, href: `mailto:?subject=${text}&body=${u}` },
  ];
}
