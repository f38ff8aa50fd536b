/** The element ids the page layout gives its own parts; a post's heading ids must never repeat them. */
export const PAGE_IDS = {
  main: 'main',
  share: 'share-heading',
  toc: 'toc-heading',
  related: 'related-heading',
  comments: 'comments-heading',
  newsletter: 'newsletter-heading',
  newsletterEmail: 'newsletter-email',
} as const;
