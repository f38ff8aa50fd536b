import Link from 'next/link';
import type { ReactNode } from 'react';
import { site } from '@/lib/site';

/** The site's navigation links (from the site config) as a labelled list; `extra` items follow them. */
export function NavLinks({ label, className, linkClassName, extra }: { label: string; className: string; linkClassName: string; extra?: ReactNode }) {
  return (
    <nav aria-label={label}>
      <ul className={className}>
        {site.nav.map((item) => (
          <li key={item.href}>
            <Link href={item.href} className={linkClassName}>
              {item.label}
            </Link>
          </li>
        ))}
        {extra}
      </ul>
    </nav>
  );
}
