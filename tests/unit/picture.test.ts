// The one writer of a responsive image's markup (lib/output/image-variants/picture.ts), as the build writes it into
// bodies (hast to HTML) and as components render it (React).
import { toHtml } from 'hast-util-to-html';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { HastElement } from '@/components/hast-element';
import { pictureOf, type PictureImage, type PictureOptions } from '@/lib/output/image-variants/picture';
import { loadSiteConfig, setSite } from '@/lib/site';

/** An image the build made two widths of, in WebP and in its own PNG. */
const image: PictureImage = {
  src: '/images/chart.png',
  variants: {
    color: '#112233',
    files: [
      { src: '/_img/abc-480.webp', width: 480, height: 240, format: 'webp' },
      { src: '/_img/abc-800.webp', width: 800, height: 400, format: 'webp' },
      { src: '/_img/abc-480.png', width: 480, height: 240, format: 'png' },
      { src: '/_img/abc-800.png', width: 800, height: 400, format: 'png' },
    ],
  },
};

const cover: PictureOptions = {
  alt: 'A chart',
  width: 800,
  height: 400,
  sizes: '(min-width: 768px) 720px, 100vw',
  priority: 'high',
  formats: 'all',
  fallbackWidth: 1200,
  placeholder: true,
  properties: { className: 'h-auto w-full' },
};

afterEach(() => setSite(undefined));

describe('pictureOf', () => {
  it('writes a <picture> with a <source> per better format and the fallback format in the <img>', () => {
    const { element, preload } = pictureOf(image, cover);
    expect(toHtml(element)).toBe(
      '<picture>' +
        '<source type="image/webp" srcset="/_img/abc-480.webp 480w, /_img/abc-800.webp 800w" sizes="(min-width: 768px) 720px, 100vw">' +
        '<img src="/_img/abc-800.png" srcset="/_img/abc-480.png 480w, /_img/abc-800.png 800w" sizes="(min-width: 768px) 720px, 100vw" alt="A chart" width="800" height="400" fetchpriority="high" decoding="async" style="background-color:#112233" class="h-auto w-full">' +
        '</picture>',
    );
    expect(preload).toEqual({ href: '/_img/abc-800.png', imageSrcSet: '/_img/abc-480.webp 480w, /_img/abc-800.webp 800w', imageSizes: '(min-width: 768px) 720px, 100vw', type: 'image/webp' });
  });

  it('renders the same markup through React, in the same attribute order', () => {
    const { element } = pictureOf(image, cover);
    expect(renderToStaticMarkup(createElement(HastElement, { node: element }))).toBe(
      '<picture>' +
        '<source type="image/webp" srcSet="/_img/abc-480.webp 480w, /_img/abc-800.webp 800w" sizes="(min-width: 768px) 720px, 100vw"/>' +
        '<img src="/_img/abc-800.png" srcSet="/_img/abc-480.png 480w, /_img/abc-800.png 800w" sizes="(min-width: 768px) 720px, 100vw" alt="A chart" width="800" height="400" fetchPriority="high" decoding="async" style="background-color:#112233" class="h-auto w-full"/>' +
        '</picture>',
    );
  });

  it('loads a body image lazily, keeping the attributes an author gave after its own', () => {
    const options: PictureOptions = { alt: 'A chart', width: 600, height: undefined, sizes: '600px', priority: 'lazy', formats: 'all', fallbackWidth: 1200, properties: { loading: 'eager', title: 'Sales' } };
    expect(toHtml(pictureOf(image, options).element)).toBe(
      '<picture>' +
        '<source type="image/webp" srcset="/_img/abc-480.webp 480w, /_img/abc-800.webp 800w" sizes="600px">' +
        '<img src="/_img/abc-800.png" srcset="/_img/abc-480.png 480w, /_img/abc-800.png 800w" sizes="600px" alt="A chart" width="600" loading="eager" decoding="async" title="Sales">' +
        '</picture>',
    );
  });

  it('writes a small image as an <img> listing WebP alone, its src the fallback file nearest the width asked', () => {
    const options: PictureOptions = { alt: '', width: 800, height: 400, sizes: '96px', priority: 'lazy', formats: 'webp', fallbackWidth: 480, placeholder: true };
    const { element } = pictureOf(image, options);
    expect(toHtml(element)).toBe('<img src="/_img/abc-480.png" srcset="/_img/abc-480.webp 480w, /_img/abc-800.webp 800w" sizes="96px" alt="" width="800" height="400" loading="lazy" decoding="async" style="background-color:#112233">');
    // Without a fallback width, src is the original.
    expect(toHtml(pictureOf(image, { ...options, fallbackWidth: undefined, placeholder: false }).element)).toBe(
      '<img src="/images/chart.png" srcset="/_img/abc-480.webp 480w, /_img/abc-800.webp 800w" sizes="96px" alt="" width="800" height="400" loading="lazy" decoding="async">',
    );
  });

  it('shows an image without variants by its URL: no srcset, sizes, colour or preload', () => {
    const { element, preload } = pictureOf({ src: 'https://images.example/lake.jpg' }, cover);
    expect(toHtml(element)).toBe('<img src="https://images.example/lake.jpg" alt="A chart" width="800" height="400" fetchpriority="high" decoding="async" class="h-auto w-full">');
    expect(preload).toBeUndefined();
  });

  it('puts the base path before every file it names when the site lives under a sub-path', () => {
    setSite(loadSiteConfig({ SITE_URL: 'https://user.github.io/my-blog' }));
    const { element, preload } = pictureOf(image, cover);
    expect(toHtml(element)).toBe(
      '<picture>' +
        '<source type="image/webp" srcset="/my-blog/_img/abc-480.webp 480w, /my-blog/_img/abc-800.webp 800w" sizes="(min-width: 768px) 720px, 100vw">' +
        '<img src="/my-blog/_img/abc-800.png" srcset="/my-blog/_img/abc-480.png 480w, /my-blog/_img/abc-800.png 800w" sizes="(min-width: 768px) 720px, 100vw" alt="A chart" width="800" height="400" fetchpriority="high" decoding="async" style="background-color:#112233" class="h-auto w-full">' +
        '</picture>',
    );
    expect(preload).toMatchObject({ href: '/my-blog/_img/abc-800.png', imageSrcSet: '/my-blog/_img/abc-480.webp 480w, /my-blog/_img/abc-800.webp 800w' });
  });
});
