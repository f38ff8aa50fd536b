import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const alias = { '@': fileURLToPath(new URL('./', import.meta.url)) };
// No test reaches the network: remote images in fixtures fail at once, as on a machine without one
// (tests/build-fixture.ts sets the same for every build a test starts).
const env = { MARGINS_OFFLINE: '1' };

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: { name: 'unit', env, include: ['tests/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        resolve: { alias },
        test: {
          name: 'integration',
          env,
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          // Builds the fixture site once per run with the real `npm run build`.
          globalSetup: ['tests/build-fixture.ts'],
          hookTimeout: 300_000,
        },
      },
      {
        resolve: { alias },
        test: {
          // Real Chromium against a served fixture build: npm run test:e2e (needs `apt-get install chromium`).
          name: 'e2e',
          env,
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/build-fixture.ts'],
          hookTimeout: 300_000,
          testTimeout: 60_000,
          // One browser at a time: the machine has two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
