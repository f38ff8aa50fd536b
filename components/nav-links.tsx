import Link from 'next/link';
import { getContent } from '@/lib/posts';
import { getSite } from '@/lib/site';

/**
 * A menu as a labelled list: the site's navigation links (from the site config), then the pages whose `nav`
 * names this menu, in their order.
 */
export function NavLinks({ label, menu, className, linkClassName }: { label: string; menu: 'header' | 'footer'; className: string; linkClassName: string }) {
  const pages = getContent().pages.filter((page) => page.nav === menu);
  const items = [...getSite().nav, ...pages.map((page) => ({ label: page.title, href: page.url }))];
  return (
    <nav aria-label={label}>
      <ul className={className}>
        {items.map((item) => (
          <li key={item.href}>
            <Link href={item.href} className={linkClassName}>
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
