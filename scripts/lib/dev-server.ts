// `next dev` started as an author starts it, for the tests and the bench: on a free port, reading the content
// live, in a process group of its own so that stopping it stops Next's workers too.
import { spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { BUILD_ENV } from '../../lib/build-contract';

/** A port nothing listens on now. */
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** Starts `next dev` in `root` with `env` added; `url` is where it listens, `stop` ends it and its workers. */
export async function startDevServer(
  root: string,
  env: Record<string, string | undefined> = {},
): Promise<{ url: string; stop: () => void }> {
  const port = await freePort();
  const devEnv: NodeJS.ProcessEnv = {
    ...process.env,
    ...env,
    NODE_ENV: 'development',
    NEXT_TELEMETRY_DISABLED: '1',
  };
  // The live loader, not a build's snapshot or export folder (the latter would become Next's distDir).
  delete devEnv[BUILD_ENV.outDir];
  delete devEnv[BUILD_ENV.snapshot];
  const server = spawn(
    path.join(root, 'node_modules', '.bin', 'next'),
    ['dev', '--port', String(port), '--hostname', '127.0.0.1'],
    { cwd: root, env: devEnv, stdio: 'ignore', detached: true },
  );
  return { url: `http://127.0.0.1:${port}`, stop: () => process.kill(-server.pid!, 'SIGTERM') };
}

/** The body of a page, once the dev server answers it with 200 (it compiles on the first request). */
export async function fetchWhenUp(url: string, timeoutMs = 150_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const response = await fetch(url).catch(() => undefined);
    if (response?.ok) return await response.text();
    if (Date.now() > deadline) throw new Error(`${url} did not answer 200 in ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
