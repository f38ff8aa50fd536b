// `npm run preview`: serves the built site (out/ by default) at http://127.0.0.1:3000 (PORT to change). A site
// built under a sub-path (SITE_URL=https://user.github.io/my-blog) is served under it, at
// http://127.0.0.1:3000/my-blog/: its home page's canonical URL says where it was built to live.
import fs from 'node:fs';
import path from 'node:path';
import { builtBasePath, serve } from './lib/static-server';

const root = process.argv[2] ?? 'out';
if (!fs.existsSync(path.join(root, 'index.html'))) {
  console.error(`${root}/index.html does not exist: run \`npm run build\` first.`);
  process.exit(1);
}
const { url } = await serve(root, { port: Number(process.env.PORT ?? 3000), basePath: builtBasePath(root) });
console.log(`Serving ${root}/ at ${url}/ (Ctrl+C to stop)`);
