import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // Plain static files in out/: any static host or CDN can serve the site.
  output: 'export',
  // OUT_DIR exports somewhere other than out/ (the tests build fixture sites into tests/.output/).
  ...(process.env.OUT_DIR ? { distDir: process.env.OUT_DIR } : {}),
  // Every page is written as path/index.html, so /blog/post/ is the one URL of a post.
  trailingSlash: true,
  // The image optimizer needs a server; images are served as they are in public/.
  images: { unoptimized: true },
  reactStrictMode: true,
  poweredByHeader: false,
};

export default nextConfig;
