import { getSite } from '../site';

/** One page of a paginated list. */
export interface Page<T> {
  items: T[];
  /** 1-based page number. */
  page: number;
  totalPages: number;
  /** The list's first page, e.g. `/blog/tag/css/`; page N lives at `<basePath>page/N/`. */
  basePath: string;
}

/** The site path of page `page` of a list whose first page is `basePath`. */
export function pagePath(basePath: string, page: number): string {
  return page <= 1 ? basePath : `${basePath}page/${page}/`;
}

/** How many pages a list of `count` items fills (at least one, so an empty list still has its page). */
export function pageCount(count: number, perPage: number = getSite().postsPerPage): number {
  return Math.max(1, Math.ceil(count / perPage));
}

/** Page `page` of `items`, or undefined when there is no such page. */
export function paginate<T>(items: ReadonlyArray<T>, page: number, basePath: string, perPage: number = getSite().postsPerPage): Page<T> | undefined {
  const totalPages = pageCount(items.length, perPage);
  if (!Number.isInteger(page) || page < 1 || page > totalPages) return undefined;
  return { items: items.slice((page - 1) * perPage, page * perPage), page, totalPages, basePath };
}

/** The numbers of the pages after the first, which live under `page/N/`. */
export function laterPages(count: number, perPage: number = getSite().postsPerPage): number[] {
  return Array.from({ length: pageCount(count, perPage) - 1 }, (_, index) => index + 2);
}
