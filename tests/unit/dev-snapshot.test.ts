// getContent() under next dev: what one module instance (one of Next's processes, or an earlier dev server)
// loaded is read by the next from the dev snapshot, and an edit still shows on the next call.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fixture } from '../helpers';

let contentDir: string;
let devDir: string;

beforeEach(() => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'margins-dev-snapshot-'));
  contentDir = path.join(root, 'content');
  devDir = path.join(root, 'cache', 'dev');
  fs.cpSync(fixture('sites', 'no-categories'), contentDir, { recursive: true });
  vi.stubEnv('NODE_ENV', 'development');
  vi.stubEnv('CONTENT_DIR', contentDir);
  vi.stubEnv('MARGINS_CACHE_DIR', path.join(root, 'cache'));
  vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-06-01T10:00:00Z') });
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllEnvs();
});

/** getContent() of a module instance of its own, as another of Next's processes or a new dev server has. */
async function newInstance() {
  vi.resetModules();
  return (await import('@/lib/posts')).getContent;
}

const titleOf = (getContent: Awaited<ReturnType<typeof newInstance>>, slug: string) => getContent().postBySlug.get(slug)?.title;

/** Changes what the one snapshot says of the first post's title: only a reader of the snapshot sees the change. */
function markSnapshot(): void {
  const [name] = fs.readdirSync(devDir);
  const file = path.join(devDir, name!, 'snapshot.json');
  fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('"title":"First post"', '"title":"Read from the snapshot"'));
}

describe('the dev snapshot', () => {
  it('is read by another module instance instead of loading the content again', async () => {
    expect(titleOf(await newInstance(), 'first')).toBe('First post');
    expect(fs.readdirSync(devDir)).toHaveLength(1);
    markSnapshot();
    expect(titleOf(await newInstance(), 'first')).toBe('Read from the snapshot');
  });

  it('gives an edited file on the next call, and writes a snapshot of it for the others', async () => {
    const getContent = await newInstance();
    expect(titleOf(getContent, 'first')).toBe('First post');
    const file = path.join(contentDir, 'posts', 'first.md');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('title: First post', 'title: First post, edited'));
    expect(titleOf(getContent, 'first')).toBe('First post, edited');
    expect(fs.readdirSync(devDir)).toHaveLength(2);
    expect(titleOf(await newInstance(), 'first')).toBe('First post, edited');
  });

  it('is loaded again on another day', async () => {
    await newInstance().then((getContent) => getContent());
    markSnapshot();
    vi.setSystemTime(new Date('2026-06-02T10:00:00Z'));
    expect(titleOf(await newInstance(), 'first')).toBe('First post');
  });

  it('loads the content again when the bodies of the snapshot it read are gone', async () => {
    await newInstance().then((getContent) => getContent());
    const getContent = await newInstance();
    const post = getContent().postBySlug.get('first')!;
    const [name] = fs.readdirSync(devDir);
    fs.rmSync(path.join(devDir, name!, 'bodies'), { recursive: true });
    expect(getContent().body(post).html).toContain('The first post of a blog that has tags but no categories.');
  });
});
