import { afterEach, describe, expect, it, vi } from 'vitest';
import { absoluteUrl, normalizeSiteUrl } from '@/lib/site';

describe('site URL', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it('is overridden by SITE_URL, without a trailing slash', async () => {
    vi.stubEnv('SITE_URL', 'https://blog.example.com/');
    vi.resetModules();
    const { site, absoluteUrl: absolute } = await import('@/lib/site');
    expect(site.url).toBe('https://blog.example.com');
    expect(absolute('/blog/post/')).toBe('https://blog.example.com/blog/post/');
  });

  it('keeps a sub-path (tests/unit/base-path.test.ts) and rejects what is not an http(s) URL', () => {
    expect(normalizeSiteUrl('https://Example.com:8443/')).toBe('https://example.com:8443');
    expect(normalizeSiteUrl('https://example.com/notes/')).toBe('https://example.com/notes');
    expect(() => normalizeSiteUrl('example.com')).toThrow(/SITE_URL: found "example.com", expected an absolute/);
    expect(() => normalizeSiteUrl('ftp://example.com')).toThrow(/SITE_URL/);
  });

  it('builds absolute URLs from paths and leaves absolute URLs alone', () => {
    expect(absoluteUrl('/a/', 'https://x.test')).toBe('https://x.test/a/');
    expect(absoluteUrl('a/', 'https://x.test')).toBe('https://x.test/a/');
    expect(absoluteUrl('https://other.test/a/', 'https://x.test')).toBe('https://other.test/a/');
  });
});
