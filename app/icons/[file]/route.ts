import { iconSprite } from '@/lib/output/icons';
import { staticParamsOf } from '@/lib/output/page-graph';

export const dynamic = 'force-static';
export const dynamicParams = false;

/** One file: the icon sprite, named after its content so that hosts may cache it for good. */
export const generateStaticParams = () => staticParamsOf('/icons/[file]');

export function GET() {
  return new Response(iconSprite().svg, { headers: { 'Content-Type': 'image/svg+xml' } });
}
