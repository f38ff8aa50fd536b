// The page store: the finished files of the pages the last successful build rendered (after the runtime was
// stripped), and the search records of its posts, each with the fingerprint of the data it was made from
// (lib/output/page-graph.ts). A build renders only the pages whose fingerprint changed and copies the others
// from here, so its out/ is the same, byte for byte, as a build that rendered everything. The store is valid for
// one site fingerprint: the code, the site config and what every page shows; when that changes, every page is
// rendered again.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { markUsed, readChecked, writeAtomically, writeChecked } from '../../lib/posts/cache';
import { listFiles } from '../../lib/posts/files';
import type { PageEntry } from '../../lib/output/page-graph';

const FORMAT = 3;

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

interface StoredEntry {
  fingerprint: string;
  files: string[];
  /** The SHA-256 of each file's bytes, checked before it is reused: a damaged or altered file is rendered again. */
  hashes: string[];
  /** The `_next/` files (stylesheets, fonts) its pages link to, which the export must keep. */
  references: string[];
  /**
   * Its post pages, whose search records (scripts/lib/search-record.ts) are kept under `records/`, each with its
   * SHA-256 (lib/posts/cache.ts `writeChecked`): not in the manifest, which every build reads and writes whole.
   */
  records?: string[];
}

interface Manifest {
  format: typeof FORMAT;
  site: string;
  entries: Record<string, StoredEntry>;
}

/** Which pages of the graph this build renders and which it takes from the store. */
export interface RenderPlan {
  render: PageEntry[];
  reuse: PageEntry[];
}

/**
 * A hash of everything in the project that can shape a page: every file under `root` except what is known not
 * to (dot folders, dependencies, which the lock file stands for, tests, benchmarks, documentation, generated
 * files, build output) and the content and images, which the page graph fingerprints page by page. A folder
 * added to the project counts until it is listed here, so forgetting one renders too much, never too little.
 * `outside` are the folders of the content, images, output and cache; `inside`, folders among them that count
 * all the same (public/scripts/).
 */
export function codeFingerprint(root: string, outside: ReadonlyArray<string>, ...inside: string[]): string {
  const skipped = new Set(['node_modules', 'tests', 'bench', 'docs', 'next-env.d.ts', 'coverage', 'screenshots', 'lighthouse']);
  const outsideFolders = outside.map((folder) => path.resolve(folder));
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.name.startsWith('.') || skipped.has(entry.name) || entry.name.endsWith('.md') || entry.name.endsWith('.tsbuildinfo')) continue;
      if (outsideFolders.some((folder) => full === folder || full.startsWith(`${folder}.build-`))) continue;
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) hash.update(path.relative(root, full)).update('\0').update(fs.readFileSync(full)).update('\0');
    }
  };
  walk(root);
  for (const folder of inside) if (fs.existsSync(folder)) walk(folder);
  return hash.digest('hex');
}

export class PageStore {
  private readonly filesDir: string;
  private readonly recordsDir: string;
  private readonly manifestFile: string;
  private readonly manifest: Manifest | undefined;
  /** The search records {@link plan} found whole, by file. */
  private readonly checkedRecords = new Map<string, string>();

  constructor(dir: string) {
    this.filesDir = path.join(dir, 'files');
    this.recordsDir = path.join(dir, 'records');
    this.manifestFile = path.join(dir, 'manifest.json');
    this.manifest = readManifest(this.manifestFile);
  }

  /**
   * The pages to render: those the store lacks, holds for another fingerprint or another site, or holds in files
   * or search records whose bytes are no longer those it stored.
   */
  plan(graph: ReadonlyArray<PageEntry>, site: string): RenderPlan {
    const stored = this.manifest?.site === site ? this.manifest.entries : {};
    const plan: RenderPlan = { render: [], reuse: [] };
    for (const entry of graph) {
      const kept = stored[entry.key];
      const whole = kept?.fingerprint === entry.fingerprint && kept.files.every((file, index) => this.holds(file, kept.hashes[index]!)) && (kept.records ?? []).every((file) => this.holdsRecord(file));
      (whole ? plan.reuse : plan.render).push(entry);
    }
    return plan;
  }

  private holds(file: string, hash: string): boolean {
    try {
      return sha256(fs.readFileSync(path.join(this.filesDir, file))) === hash;
    } catch {
      return false;
    }
  }

  private holdsRecord(file: string): boolean {
    const record = readChecked(path.join(this.recordsDir, file));
    if (record) this.checkedRecords.set(file, record.toString('utf8'));
    return record !== undefined;
  }

  /** The `_next/` files the reused pages link to. */
  references(reused: ReadonlyArray<PageEntry>): string[] {
    return reused.flatMap((entry) => this.manifest!.entries[entry.key]!.references);
  }

  /** The search records of the reused post pages, by file. */
  records(reused: ReadonlyArray<PageEntry>): Map<string, string> {
    return new Map(reused.flatMap((entry) => (this.manifest!.entries[entry.key]!.records ?? []).map((file) => [file, this.checkedRecords.get(file)!] as const)));
  }

  /**
   * The files of `reused` whose stored bytes differ from those in the site folder, where every page was rendered
   * (`--verify-store`): a page the store would have given stale.
   */
  staleFiles(siteDir: string, reused: ReadonlyArray<PageEntry>): string[] {
    return reused.flatMap((entry) => entry.files).filter((file) => !fs.readFileSync(path.join(this.filesDir, file)).equals(fs.readFileSync(path.join(siteDir, file))));
  }

  /**
   * Puts the files of the reused pages into the site folder: hard links where the file system allows (a hundred
   * megabytes of pages are not copied at each build), copies elsewhere. A stored file is only ever replaced by a
   * new file, never written in place, and checked by its hash before each reuse, so a site folder that shares it
   * cannot change it unnoticed.
   */
  restore(siteDir: string, reused: ReadonlyArray<PageEntry>): void {
    for (const entry of reused) {
      for (const file of entry.files) {
        const target = path.join(siteDir, file);
        fs.mkdirSync(path.dirname(target), { recursive: true });
        try {
          fs.linkSync(path.join(this.filesDir, file), target);
        } catch {
          fs.copyFileSync(path.join(this.filesDir, file), target);
        }
      }
    }
  }

  /**
   * Keeps this build's pages for the next one: the files of the rendered pages, copied from the finished site
   * folder, with the `_next/` files they link to and their search records, and the reused ones as they are.
   * Whatever the graph no longer has is deleted.
   */
  save(siteDir: string, site: string, plan: RenderPlan, references: (file: string) => string[], records: ReadonlyMap<string, string> = new Map()): void {
    const entries: Record<string, StoredEntry> = {};
    // Until the new manifest is written, none: a build killed while files are replaced leaves a store that
    // renders everything, never one whose manifest vouches for files it no longer describes.
    fs.rmSync(this.manifestFile, { force: true });
    if (this.manifest?.site !== site) for (const dir of [this.filesDir, this.recordsDir]) fs.rmSync(dir, { recursive: true, force: true });
    for (const entry of plan.reuse) {
      entries[entry.key] = this.manifest!.entries[entry.key]!;
      for (const file of entry.files) markUsed(path.join(this.filesDir, file));
    }
    for (const entry of plan.render) {
      // A page Next did not write (none should be missing) is rendered again next time rather than kept.
      if (!entry.files.every((file) => fs.existsSync(path.join(siteDir, file)))) continue;
      const hashes = entry.files.map((file) => {
        const bytes = fs.readFileSync(path.join(siteDir, file));
        const target = path.join(this.filesDir, file);
        fs.mkdirSync(path.dirname(target), { recursive: true });
        // A new file, not the old one rewritten: the old one may be linked from the site now published.
        fs.rmSync(target, { force: true });
        fs.writeFileSync(target, bytes);
        return sha256(bytes);
      });
      const recorded = entry.files.filter((file) => records.has(file));
      for (const file of recorded) writeChecked(path.join(this.recordsDir, file), Buffer.from(records.get(file)!));
      entries[entry.key] = {
        fingerprint: entry.fingerprint,
        files: entry.files,
        hashes,
        references: [...new Set(entry.files.flatMap(references))],
        ...(recorded.length > 0 ? { records: recorded } : {}),
      };
    }
    // Files of pages that are gone: the next build would never reuse them.
    const kept = new Set(Object.values(entries).flatMap((entry) => entry.files));
    if (fs.existsSync(this.filesDir)) for (const file of listFiles(this.filesDir)) if (!kept.has(file)) fs.rmSync(path.join(this.filesDir, file));
    const keptRecords = new Set(Object.values(entries).flatMap((entry) => entry.records ?? []));
    if (fs.existsSync(this.recordsDir)) for (const file of listFiles(this.recordsDir)) if (!keptRecords.has(file)) fs.rmSync(path.join(this.recordsDir, file));
    writeAtomically(this.manifestFile, JSON.stringify({ format: FORMAT, site, entries } satisfies Manifest));
  }
}

function readManifest(file: string): Manifest | undefined {
  try {
    const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as Manifest;
    return manifest.format === FORMAT ? manifest : undefined;
  } catch {
    // None yet, or damaged: every page is rendered, and the store written again.
    return undefined;
  }
}
