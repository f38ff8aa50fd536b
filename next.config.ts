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
  // `npm test` type-checks the project (tsc --noEmit); checking again inside every build costs a process of
  // ~250 MB and seconds that grow with nothing the author writes.
  typescript: { ignoreBuildErrors: true },
  // One rendering worker by default, as Next.js picks on two cores: a second one renders pages ~35% faster
  // but holds its own copy of React and the content (+600 MB). MARGINS_BUILD_CPUS=2 trades memory for time.
  ...(process.env.MARGINS_BUILD_CPUS ? { experimental: { cpus: Number(process.env.MARGINS_BUILD_CPUS) } } : {}),
  poweredByHeader: false,
};

export default nextConfig;
