// Step 7 of the build: publishing the finished export as out/, so that whatever reads out/ (a host's upload, a
// server, rsync) finds the previous site or the new one at every instant, never none and never half of one.
//
// out/ is a symbolic link to the folder of the last build that finished, `out.build-<id>/` beside it. Replacing a
// link with rename(2) is atomic on POSIX file systems; a folder cannot replace a folder that way (that needs
// Linux's renameat2 RENAME_EXCHANGE, which Node does not offer), so two renames would leave a moment without out/.
import fs from 'node:fs';
import path from 'node:path';
import { BUILD_ENV } from '../../lib/build-contract';

/** The name prefix of the build folders beside `siteDir`: `out` -> `out.build-`. */
const buildPrefix = (siteDir: string) => `${path.basename(siteDir)}.build-`;

/**
 * The folder Next exports into, for every site built in this checkout: `.next/margins-export`. Its name never
 * changes, because Next keys its build cache (Turbopack's, in .next/cache) on its config, where this folder is
 * `distDir`: with a new name each build, every rebuild of the sample site compiled from nothing (40 s instead of
 * 13 s), and with one name a site, each site built into another OUT_DIR did (the test suites build ten).
 */
export const STAGING_FOLDER = path.join('.next', 'margins-export');

/** A new folder beside `siteDir` for a finished build, named so no other build's can be the same. */
function newBuildFolder(siteDir: string): string {
  return path.join(path.dirname(siteDir), `${buildPrefix(siteDir)}${Date.now().toString(36)}-${process.pid}`);
}

/** The moments a test may stop the build at (BUILD_ENV.testKillAt), to prove out/ is whole at each. */
export type PublishMoment = 'before-swap' | 'after-swap';

/**
 * Moves the finished export out of `staging` ({@link STAGING_FOLDER}) into a build folder of its own and points
 * `siteDir` at it with one atomic rename of a link, then deletes the folders of earlier builds, finished or
 * killed. An `out/` that is a real folder (left by a version of Margins before links, or made by hand) is moved
 * aside first: that one time, out/ is missing for the moment between two renames.
 */
export function publishFolder(staging: string, siteDir: string, env: NodeJS.ProcessEnv = process.env): void {
  const folder = newBuildFolder(siteDir);
  // OUT_DIR may name a folder in one that does not exist yet (Next used to make it, exporting beside it).
  fs.mkdirSync(path.dirname(siteDir), { recursive: true });
  moveFolder(staging, folder);
  const link = `${folder}.link`;
  fs.rmSync(link, { force: true });
  // Relative: moving the checkout keeps out/ working.
  fs.symlinkSync(path.basename(folder), link, 'dir');
  if (fs.lstatSync(siteDir, { throwIfNoEntry: false })?.isDirectory()) fs.renameSync(siteDir, `${newBuildFolder(siteDir)}-replaced`);
  stopIfAsked('before-swap', env);
  fs.renameSync(link, siteDir);
  stopIfAsked('after-swap', env);
  const prefix = buildPrefix(siteDir);
  for (const entry of fs.readdirSync(path.dirname(siteDir))) {
    if (entry.startsWith(prefix) && entry !== path.basename(folder)) fs.rmSync(path.join(path.dirname(siteDir), entry), { recursive: true, force: true });
  }
}

/** Renames a folder, or copies it where the two are on different file systems (an OUT_DIR on another disk). */
function moveFolder(from: string, to: string): void {
  try {
    fs.renameSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    fs.cpSync(from, to, { recursive: true, verbatimSymlinks: true });
    fs.rmSync(from, { recursive: true, force: true });
  }
}

// Only the tests set it: a build killed by a signal cannot be timed to land between two system calls.
function stopIfAsked(moment: PublishMoment, env: NodeJS.ProcessEnv) {
  if (env[BUILD_ENV.testKillAt] === moment) process.kill(process.pid, 'SIGKILL');
}

/** Deletes a published site: the out link and every build folder beside it (deleting the link alone frees nothing). */
export function removeSite(siteDir: string): void {
  fs.rmSync(siteDir, { recursive: true, force: true });
  const parent = path.dirname(siteDir);
  if (!fs.existsSync(parent)) return;
  for (const entry of fs.readdirSync(parent)) if (entry.startsWith(buildPrefix(siteDir))) fs.rmSync(path.join(parent, entry), { recursive: true, force: true });
}
