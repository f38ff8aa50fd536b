import { PLACEHOLDER_PARAM } from '../build-contract';

/** The params as given, or a single placeholder when there are none. */
export function orPlaceholder<T extends Record<string, string>>(params: T[], keys: ReadonlyArray<keyof T>): T[] {
  if (params.length > 0) return params;
  return [Object.fromEntries(keys.map((key) => [key, PLACEHOLDER_PARAM])) as T];
}

/** A page number from a route param: "2" -> 2; anything else -> NaN, which no page has. */
export function parsePageParam(value: string): number {
  return /^[1-9]\d*$/.test(value) ? Number(value) : Number.NaN;
}
