import { iconHref, type IconName } from '@/lib/output/icons';

export type { IconName };

/**
 * An icon from the registry (lib/output/icons.ts), drawn from the site's icon sprite and hidden from assistive
 * technology. The symbol sets the stroke or fill in `currentColor`, so the icon takes the text colour of its place.
 */
export function Icon({ name, className = 'size-4' }: { name: IconName; className?: string }) {
  return (
    <svg aria-hidden="true" className={className}>
      <use href={iconHref(name)} />
    </svg>
  );
}
