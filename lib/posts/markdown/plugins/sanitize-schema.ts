import { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';

/** The prefix put before ids and names from a post's own HTML, so they cannot clobber page globals. */
export const CLOBBER_PREFIX = 'user-content-';

/**
 * GitHub's sanitizing rules (tables, task-list checkboxes as disabled inputs, `language-*` classes on
 * code, footnotes, details/summary) plus `loading` and `decoding` on images, and the classes
 * remark-github-blockquote-alert marks alerts with (rehype-callouts makes them callouts). Everything not listed is removed:
 * scripts, styles, event handlers, `javascript:` URLs, iframes, objects, embeds and form controls.
 */
export const sanitizeSchema: SanitizeSchema = {
  ...defaultSchema,
  clobberPrefix: CLOBBER_PREFIX,
  // Elements whose content is dropped too, not merely unwrapped: their text is code or fallback, not prose.
  strip: ['script', 'style', 'template', 'iframe', 'object', 'embed', 'noscript', 'textarea', 'select', 'button'],
  attributes: {
    ...defaultSchema.attributes,
    img: [...(defaultSchema.attributes?.img ?? []), 'loading', 'decoding'],
    div: [...(defaultSchema.attributes?.div ?? []), ['className', 'markdown-alert', /^markdown-alert-(note|tip|important|warning|caution)$/]],
    p: [...(defaultSchema.attributes?.p ?? []), ['className', 'markdown-alert-title']],
  },
};
