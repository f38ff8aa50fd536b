import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  globalIgnores(['.next/**', 'out/**', 'out.build-*/**', 'node_modules/**', 'next-env.d.ts', 'tests/.output/**', 'bench/results/**', 'bench/.out/**', 'lighthouse/**', 'screenshots/**']),
]);
