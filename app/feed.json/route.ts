import { siteFeed } from '@/lib/output/site-feeds';

export const dynamic = 'force-static';

export function GET() {
  return new Response(siteFeed().json11(), { headers: { 'Content-Type': 'application/feed+json; charset=utf-8' } });
}
