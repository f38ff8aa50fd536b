// Publishing a build as out/: a link replaced in one rename, earlier builds' folders deleted, nothing else touched.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { newBuildFolder, publishFolder, removeSite } from '@/scripts/lib/publish';

/** A finished export: a folder with an index.html saying which build it is. */
function exported(siteDir: string, name: string): string {
  const folder = newBuildFolder(siteDir);
  fs.mkdirSync(folder);
  fs.writeFileSync(path.join(folder, 'index.html'), name);
  return folder;
}

const home = (siteDir: string) => fs.readFileSync(path.join(siteDir, 'index.html'), 'utf8');

describe('publishing a build', () => {
  it('makes out a link to the build folder, by a relative name, and replaces it with the next build', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'margins-publish-'));
    const siteDir = path.join(root, 'out');
    const first = exported(siteDir, 'first');
    publishFolder(first, siteDir);
    expect(fs.readlinkSync(siteDir)).toBe(path.basename(first));
    expect(home(siteDir)).toBe('first');

    await new Promise((resolve) => setTimeout(resolve, 5));
    const second = exported(siteDir, 'second');
    publishFolder(second, siteDir);
    expect(home(siteDir)).toBe('second');
    expect(fs.existsSync(first)).toBe(false);
    expect(fs.readdirSync(root).sort()).toEqual(['out', path.basename(second)].sort());
  });

  it('replaces an out folder left by an older build, and deletes killed builds’ folders but nothing else beside out', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'margins-publish-'));
    const siteDir = path.join(root, 'out');
    fs.mkdirSync(siteDir);
    fs.writeFileSync(path.join(siteDir, 'index.html'), 'old');
    fs.mkdirSync(path.join(root, 'out.build-killed-1'));
    for (const other of ['out.cache', 'out.log', 'output']) fs.mkdirSync(path.join(root, other));
    const folder = exported(siteDir, 'new');
    publishFolder(folder, siteDir);
    expect(home(siteDir)).toBe('new');
    expect(fs.lstatSync(siteDir).isSymbolicLink()).toBe(true);
    expect(fs.readdirSync(root).sort()).toEqual(['out', 'out.cache', 'out.log', 'output', path.basename(folder)].sort());
  });

  it('removes a published site whole: the link and the build folders beside it, nothing else', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'margins-publish-'));
    const siteDir = path.join(root, 'out');
    publishFolder(exported(siteDir, 'site'), siteDir);
    fs.mkdirSync(path.join(root, 'out.build-killed-1'));
    fs.mkdirSync(path.join(root, 'out.cache'));
    removeSite(siteDir);
    expect(fs.readdirSync(root)).toEqual(['out.cache']);
  });
});
