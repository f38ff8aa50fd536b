// A rebuild with nothing changed: when everything the site is made from is what the published site was made
// from, and that site is as the build left it, the build keeps it instead of making the same files again.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { writeAtomically } from '../../lib/posts/cache';
import { folderSignature } from '../../lib/posts/dev-snapshot';

interface PublishedRecord {
  /** What the site was made from (see {@link siteInputs}). */
  inputs: string;
  /** The build folder `out/` named when it was published. */
  folder: string;
  /** Each file of that folder with its size and modification time, as published. */
  files: string;
}

/**
 * A hash of everything a build's output follows from: the site fingerprint (the code, the site config, what
 * every page shows, the year, Node), the hash `writeSnapshot` gives of the content Next renders from (every
 * post, page, author and term, with what is published at this build time), the files of the public folder by
 * name, size and modification time, and the folder the site is published to.
 */
export function siteInputs(siteFingerprint: string, snapshotHash: string, publicDir: string, siteDir: string): string {
  return createHash('sha256')
    .update(JSON.stringify([siteFingerprint, snapshotHash, folderSignature(publicDir), path.resolve(siteDir)]))
    .digest('hex');
}

const recordFile = (cacheDir: string) => path.join(cacheDir, 'published.json');

/** Whether `siteDir` still names the folder a build made from `inputs`, with every file as it published it. */
export function publishedFrom(cacheDir: string, siteDir: string, inputs: string): boolean {
  let record: PublishedRecord;
  try {
    record = JSON.parse(fs.readFileSync(recordFile(cacheDir), 'utf8')) as PublishedRecord;
    return record.inputs === inputs && fs.realpathSync(siteDir) === record.folder && folderSignature(record.folder) === record.files;
  } catch {
    return false;
  }
}

/** Records what the site now published at `siteDir` was made from. */
export function recordPublished(cacheDir: string, siteDir: string, inputs: string): void {
  const folder = fs.realpathSync(siteDir);
  writeAtomically(recordFile(cacheDir), JSON.stringify({ inputs, folder, files: folderSignature(folder) } satisfies PublishedRecord));
}

