import os from 'node:os';
import type { NextConfig } from 'next';
import { BUILD_ENV } from './lib/build-contract';
import { basePath } from './lib/site';

// The site config scripts/build.ts read (or, under next dev, the environment's).
const sitePath = basePath();

const nextConfig: NextConfig = {
  // Plain static files in out/: any static host or CDN can serve the site.
  output: 'export',
  // OUT_DIR exports somewhere other than out/ (the tests build fixture sites into tests/.output/).
  ...(process.env[BUILD_ENV.outDir] ? { distDir: process.env[BUILD_ENV.outDir] } : {}),
  // A site under a sub-path (SITE_URL=https://user.github.io/my-blog): Next puts it before its links and assets;
  // the export keeps its layout, for a host that serves out/ at that path.
  ...(sitePath ? { basePath: sitePath } : {}),
  // Every page is written as path/index.html, so /blog/post/ is the one URL of a post.
  trailingSlash: true,
  // The image optimizer needs a server; images are served as they are in public/.
  images: { unoptimized: true },
  reactStrictMode: true,
  // `npm test` type-checks the project (tsc --noEmit); checking again inside every build costs a process of
  // ~250 MB and seconds that grow with nothing the author writes.
  typescript: { ignoreBuildErrors: true },
  // One page-rendering process per core: workers read the content snapshot and hold only the bodies of the
  // pages they render, so a second one costs far less memory than it saves time. MARGINS_BUILD_CPUS=1 lowers it.
  experimental: { cpus: Number(process.env[BUILD_ENV.buildCpus] ?? os.availableParallelism()) },
  poweredByHeader: false,
};

export default nextConfig;
