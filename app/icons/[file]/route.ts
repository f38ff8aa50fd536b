import { iconSprite } from '@/lib/output/icons';

export const dynamic = 'force-static';
export const dynamicParams = false;

/** One file: the icon sprite, named after its content so that hosts may cache it for good. */
export const generateStaticParams = () => [{ file: iconSprite().file }];

export function GET() {
  return new Response(iconSprite().svg, { headers: { 'Content-Type': 'image/svg+xml' } });
}
