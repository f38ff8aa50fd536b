/**
 * The param value of a placeholder page. With `output: 'export'`, Next.js fails the build when
 * `generateStaticParams` returns no params (a site without categories, a blog that fits on one page), so
 * such routes return one placeholder instead; its page is not found, and the post-export step deletes the
 * directories named after it.
 */
export const PLACEHOLDER_PARAM = '__margins_placeholder__';

/** The params as given, or a single placeholder when there are none. */
export function orPlaceholder<T extends Record<string, string>>(params: T[], keys: ReadonlyArray<keyof T>): T[] {
  if (params.length > 0) return params;
  return [Object.fromEntries(keys.map((key) => [key, PLACEHOLDER_PARAM])) as T];
}

/** A page number from a route param: "2" -> 2; anything else -> NaN, which no page has. */
export function parsePageParam(value: string): number {
  return /^[1-9]\d*$/.test(value) ? Number(value) : Number.NaN;
}
