/** The element ids the page layout gives its own parts; a post's heading ids must never repeat them. */
export const PAGE_IDS = {
  main: 'main',
  /** The site footer: the browser paints nothing before it is parsed (app/layout.tsx). */
  footer: 'site-footer',
  share: 'share-heading',
  toc: 'toc-heading',
  related: 'related-heading',
  comments: 'comments-heading',
  newsletter: 'newsletter-heading',
  newsletterEmail: 'newsletter-email',
} as const;
