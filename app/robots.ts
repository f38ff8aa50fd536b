import type { MetadataRoute } from 'next';
import { previewBuild } from '@/lib/build-contract';
import { absoluteUrl } from '@/lib/site';

export const dynamic = 'force-static';

export default function robots(): MetadataRoute.Robots {
  // A preview build asks crawlers to stay away altogether (its pages are noindex too).
  if (previewBuild()) return { rules: { userAgent: '*', disallow: '/' } };
  return { rules: { userAgent: '*', allow: '/' }, sitemap: absoluteUrl('/sitemap.xml') };
}
