// lib/ is a map of the architecture: four roles, each depending only on the ones below it, and no import circle.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers';

const LIB = path.join(ROOT, 'lib');

/** Every .ts/.tsx file under lib/, relative to the project. */
function libFiles(dir = LIB): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return libFiles(full);
    return /\.tsx?$/.test(entry.name) ? [path.relative(ROOT, full)] : [];
  });
}

/** The lib/ files a file imports (type-only imports too: they tie the modules together as much for a reader). */
function importsOf(file: string): string[] {
  const source = fs.readFileSync(path.join(ROOT, file), 'utf8');
  const targets: string[] = [];
  for (const match of source.matchAll(/^(?:import|export)\b[^'"]*?from\s+'([^']+)'/gm)) {
    const specifier = match[1]!;
    const base = specifier.startsWith('@/') ? specifier.slice(2) : specifier.startsWith('.') ? path.join(path.dirname(file), specifier) : undefined;
    if (!base) continue;
    const target = [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')].find((candidate) => fs.existsSync(path.join(ROOT, candidate)) && fs.statSync(path.join(ROOT, candidate)).isFile());
    if (target?.startsWith('lib/')) targets.push(target);
  }
  return targets;
}

/** A file's role: the folder under lib/ it is in. */
const roleOf = (file: string) => file.split('/')[1]!.replace(/\.tsx?$/, '');

// From the bottom up: each role may import the ones before it, never one after.
const LAYERS = ['build-contract', 'site', 'posts', 'output', 'authoring'];

describe('lib/', () => {
  it('has one folder a role, and the build contract beside them', () => {
    expect(fs.readdirSync(LIB).sort()).toEqual(['authoring', 'build-contract.ts', 'output', 'posts', 'site']);
  });

  it('has each role import only the roles below it', () => {
    const files = libFiles();
    expect(files.length).toBeGreaterThan(90);
    const upward = files.flatMap((file) =>
      importsOf(file)
        .filter((target) => LAYERS.indexOf(roleOf(target)) > LAYERS.indexOf(roleOf(file)))
        .map((target) => `${file} -> ${target}`),
    );
    expect(upward).toEqual([]);
  });

  it('has no import circle', () => {
    const graph = new Map(libFiles().map((file) => [file, importsOf(file)]));
    const circles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const trail: string[] = [];
    const visit = (file: string) => {
      state.set(file, 'open');
      trail.push(file);
      for (const target of graph.get(file) ?? []) {
        if (state.get(target) === 'open') circles.push([...trail.slice(trail.indexOf(target)), target].join(' -> '));
        else if (!state.has(target)) visit(target);
      }
      trail.pop();
      state.set(file, 'done');
    };
    for (const file of graph.keys()) if (!state.has(file)) visit(file);
    expect(circles).toEqual([]);
  });
});
