// `npm run preview`: serves the built site (out/ by default) at http://127.0.0.1:3000 (PORT to change).
import fs from 'node:fs';
import path from 'node:path';
import { serve } from './lib/static-server';

const root = process.argv[2] ?? 'out';
if (!fs.existsSync(path.join(root, 'index.html'))) {
  console.error(`${root}/index.html does not exist: run \`npm run build\` first.`);
  process.exit(1);
}
const { url } = await serve(root, { port: Number(process.env.PORT ?? 3000) });
console.log(`Serving ${root}/ at ${url}/ (Ctrl+C to stop)`);
