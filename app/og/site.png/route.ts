import { cachedOgImage } from '@/lib/output/og/image';
import { cacheDir, cacheEnabled } from '@/lib/build-contract';
import { getSite } from '@/lib/site';

export const dynamic = 'force-static';

/** The card image of pages without one of their own: home, lists, tags, authors. */
export async function GET() {
  const png = await cachedOgImage({ title: getSite().description, siteName: getSite().name }, cacheEnabled() ? cacheDir() : undefined);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
}
