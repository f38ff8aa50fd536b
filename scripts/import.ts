// Moves posts from another platform into Margins content files:
//   npm run import -- wordpress <export.xml | posts.json> [--out content] [--public public] [--force]
//   npm run import -- devto <articles.json | folder> [--out content] [--public public] [--force] [--canonical-devto]
// Prints what it wrote, skipped, downloaded and dropped. Existing posts are kept unless --force.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { importDevto } from '../lib/authoring/import/devto';
import { DEFAULT_DOWNLOAD } from '../lib/authoring/import/images';
import { formatReport } from '../lib/authoring/import/report';
import { importWordPress } from '../lib/authoring/import/wordpress';
import { writeImport } from '../lib/authoring/import/write';
import { ContentError } from '../lib/site/errors';

const USAGE = `Usage:
  npm run import -- wordpress <export.xml | posts.json> [--out <content dir>] [--public <public dir>] [--force]
  npm run import -- devto <articles.json | folder> [--out <content dir>] [--public <public dir>] [--force] [--canonical-devto]`;

const OPTIONS = {
  out: { type: 'string', default: 'content' },
  public: { type: 'string', default: 'public' },
  force: { type: 'boolean', default: false },
  'canonical-devto': { type: 'boolean', default: false },
} as const;

function readArguments() {
  try {
    return parseArgs({ allowPositionals: true, options: OPTIONS });
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return undefined;
  }
}

async function main(): Promise<number> {
  const parsed = readArguments();
  if (!parsed) return 2;
  const { values, positionals } = parsed;
  const [platform, source, ...extra] = positionals;
  if (!source || extra.length > 0 || (platform !== 'wordpress' && platform !== 'devto')) {
    console.error(USAGE);
    return 2;
  }
  if (platform === 'wordpress' && values['canonical-devto']) {
    console.error(`--canonical-devto applies to dev.to imports only\n${USAGE}`);
    return 2;
  }
  try {
    const batch =
      platform === 'wordpress'
        ? importWordPress(source)
        : importDevto(source, { canonicalDevto: values['canonical-devto'] });
    const report = await writeImport(batch, {
      outDir: path.resolve(values.out),
      publicDir: path.resolve(values.public),
      force: values.force,
      download: { ...DEFAULT_DOWNLOAD, fetch },
    });
    console.log(formatReport(report));
    return report.stopped ? 1 : 0;
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    console.error(error.message);
    return 1;
  }
}

process.exitCode = await main();
