import {
  ArrowLeft,
  ArrowRight,
  AtSign,
  CalendarDays,
  Clock,
  Cloud,
  Code,
  Globe,
  Hash,
  Link as LinkIcon,
  List,
  Mail,
  MessageSquare,
  Newspaper,
  Rss,
  Search,
  Send,
  Share2,
  UserRound,
  type LucideIcon,
} from 'lucide-react';

/**
 * The one registry of icons, by meaning. Icons are decorative: every use sits next to visible or
 * screen-reader text, and the SVG is `aria-hidden` (lucide-react sets it when no label is given).
 */
export const Icons = {
  previous: ArrowLeft,
  next: ArrowRight,
  date: CalendarDays,
  readingTime: Clock,
  author: UserRound,
  tag: Hash,
  toc: List,
  rss: Rss,
  search: Search,
  share: Share2,
  copyLink: LinkIcon,
  email: Mail,
  website: Globe,
  github: Code,
  linkedin: Newspaper,
  twitter: AtSign,
  bluesky: Cloud,
  mastodon: MessageSquare,
  x: AtSign,
  facebook: Send,
  'hacker-news': Newspaper,
  reddit: MessageSquare,
} satisfies Record<string, LucideIcon>;

/** A name in the icon registry. */
export type IconName = keyof typeof Icons;

/** An icon from the registry, hidden from assistive technology. */
export function Icon({ name, className = 'size-4' }: { name: IconName; className?: string }) {
  const Component = Icons[name];
  return <Component aria-hidden="true" focusable="false" className={className} />;
}
