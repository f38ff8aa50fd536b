import {
  ArrowLeft,
  ArrowRight,
  BriefcaseBusiness,
  CalendarDays,
  Check,
  ChevronDown,
  Clock,
  Globe,
  Hash,
  Link as LinkIcon,
  List,
  Mail,
  Monitor,
  Moon,
  Rss,
  Search,
  Share2,
  Sun,
  UserRound,
  type LucideIcon,
} from 'lucide-react';
import { siBluesky, siFacebook, siGithub, siMastodon, siReddit, siX, siYcombinator, type SimpleIcon } from 'simple-icons';

/**
 * The one registry of icons, by meaning: lucide's generic icons, and the real marks of networks from
 * simple-icons. Simple Icons has no LinkedIn mark (LinkedIn asked for its removal), so LinkedIn gets a
 * neutral briefcase. Icons are decorative: every use sits next to visible or screen-reader text.
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
  copied: Check,
  expand: ChevronDown,
  email: Mail,
  website: Globe,
  light: Sun,
  dark: Moon,
  system: Monitor,
  linkedin: BriefcaseBusiness,
  github: siGithub,
  mastodon: siMastodon,
  bluesky: siBluesky,
  twitter: siX,
  x: siX,
  facebook: siFacebook,
  'hacker-news': siYcombinator,
  reddit: siReddit,
} satisfies Record<string, LucideIcon | SimpleIcon>;

/** A name in the icon registry. */
export type IconName = keyof typeof Icons;

/** An icon from the registry as inline SVG, hidden from assistive technology. */
export function Icon({ name, className = 'size-4' }: { name: IconName; className?: string }) {
  const icon = Icons[name];
  if ('path' in icon) {
    // A brand mark, drawn in the text colour like the other icons (it keeps the link's contrast in both themes).
    return (
      <svg viewBox="0 0 24 24" fill="currentColor" aria-hidden="true" focusable="false" className={className}>
        <path d={icon.path} />
      </svg>
    );
  }
  const Component = icon;
  return <Component aria-hidden="true" focusable="false" className={className} />;
}
