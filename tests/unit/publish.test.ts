// Publishing a build as out/: a link replaced in one rename, earlier builds' folders deleted, nothing else touched.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { publishFolder, removeSite, STAGING_FOLDER } from '@/scripts/lib/publish';

/**
 * A finished export, with an index.html saying which build it is, in a staging folder outside the one of `siteDir`
 * (the build's is .next/margins-export), so that folder holds only what publishing leaves there.
 */
function exported(siteDir: string, name: string): string {
  const folder = `${path.dirname(siteDir)}-staging`;
  fs.mkdirSync(folder);
  fs.writeFileSync(path.join(folder, 'index.html'), name);
  return folder;
}

const home = (siteDir: string) => fs.readFileSync(path.join(siteDir, 'index.html'), 'utf8');

describe('publishing a build', () => {
  it('makes out a link to the build folder, by a relative name, and replaces it with the next build', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'margins-publish-'));
    const siteDir = path.join(root, 'out');
    expect(STAGING_FOLDER).toBe('.next/margins-export');
    publishFolder(exported(siteDir, 'first'), siteDir);
    const first = fs.readlinkSync(siteDir);
    expect(first).toMatch(/^out\.build-[0-9a-z]+-[0-9]+$/);
    expect(home(siteDir)).toBe('first');
    expect(fs.readdirSync(root).sort()).toEqual(['out', first]);

    await new Promise((resolve) => setTimeout(resolve, 5));
    publishFolder(exported(siteDir, 'second'), siteDir);
    const second = fs.readlinkSync(siteDir);
    expect(second).not.toBe(first);
    expect(home(siteDir)).toBe('second');
    expect(fs.readdirSync(root).sort()).toEqual(['out', second]);
  });

  it('replaces an out folder left by an older build, and deletes killed builds’ folders but nothing else beside out', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'margins-publish-'));
    const siteDir = path.join(root, 'out');
    fs.mkdirSync(siteDir);
    fs.writeFileSync(path.join(siteDir, 'index.html'), 'old');
    fs.mkdirSync(path.join(root, 'out.build-killed-1'));
    for (const other of ['out.cache', 'out.log', 'output']) fs.mkdirSync(path.join(root, other));
    publishFolder(exported(siteDir, 'new'), siteDir);
    expect(home(siteDir)).toBe('new');
    expect(fs.lstatSync(siteDir).isSymbolicLink()).toBe(true);
    expect(fs.readdirSync(root).sort()).toEqual(['out', 'out.cache', 'out.log', 'output', fs.readlinkSync(siteDir)].sort());
  });

  it('publishes into a folder that does not exist yet, as OUT_DIR=new/site asks', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'margins-publish-'));
    const siteDir = path.join(root, 'new', 'site');
    fs.mkdirSync(`${root}-staging`);
    fs.writeFileSync(path.join(`${root}-staging`, 'index.html'), 'fresh');
    publishFolder(`${root}-staging`, siteDir);
    expect(home(siteDir)).toBe('fresh');
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
