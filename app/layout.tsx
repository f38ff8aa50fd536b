import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/site-footer';
import { getContent } from '@/lib/posts';
import { SiteHeader } from '@/components/site-header';
import { SiteScripts } from '@/components/site-scripts';
import { PreviewBanner } from '@/components/preview-banner';
import { SkipLink } from '@/components/skip-link';
import { ThemeScript } from '@/components/theme-switch';
import { pageMetadata } from '@/lib/output/metadata';
import { PAGE_IDS } from '@/lib/site/page-ids';
import { previewBuild } from '@/lib/build-contract';
import { getSite } from '@/lib/site';
import './globals.css';
import { calendarYear } from '@/lib/posts/dates';

// Defaults only; every page sets its own canonical URL and cards through lib/output/metadata.ts.
export function generateMetadata(): Metadata {
  const site = getSite();
  return {
    metadataBase: new URL(site.url),
    title: { default: site.name, template: `%s - ${site.name}` },
    description: site.description,
    alternates: { types: pageMetadata({ path: '/' }).alternates?.types },
    // A preview is for reviewers: no page of it may reach a search index.
    ...(previewBuild() ? { robots: { index: false, follow: false } } : {}),
  };
}

export const viewport: Viewport = {
  colorScheme: 'light dark',
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#09090b' },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  const site = getSite();
  return (
    // The theme script sets data-theme on <html> before React could hydrate it (with clientRuntime: true).
    <html lang={site.language} suppressHydrationWarning>
      <head>
        {/* The first frame waits until the parser reaches the footer, so the whole of <main> is there (Chromium;
            others ignore it). Painted half-parsed, a slow machine showed the byline and share row growing. */}
        <link rel="expect" href={`#${PAGE_IDS.footer}`} blocking="render" />
        <ThemeScript />
        <SiteScripts scripts={site.scripts} placement="head" />
      </head>
      <body className="flex min-h-screen flex-col bg-white text-zinc-900 antialiased dark:bg-zinc-950 dark:text-zinc-100">
        <SkipLink />
        <PreviewBanner />
        <SiteHeader />
        <main id={PAGE_IDS.main} tabIndex={-1} className="mx-auto w-full max-w-3xl flex-1 px-4 py-10 outline-none sm:px-6 sm:py-14">
          {children}
        </main>
        <SiteFooter year={calendarYear(getContent().buildTime)} />
        <SiteScripts scripts={site.scripts} placement="body" />
      </body>
    </html>
  );
}
