import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { load as loadYaml } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/posts';
import { sourceLinks } from '@/lib/site/repository';
import { nextScheduled, publishedFingerprint, scheduleMessage } from '@/lib/posts/schedule';
import { fixtureOptions, ROOT, siteConfigProblems } from '../helpers';

describe('edit and history links (site config: repository)', () => {
  it('point at the file on GitHub', () => {
    expect(sourceLinks({ url: 'https://github.com/you/blog', branch: 'main' }, 'content/posts/hello world.md')).toEqual({
      edit: 'https://github.com/you/blog/edit/main/content/posts/hello%20world.md',
      history: 'https://github.com/you/blog/commits/main/content/posts/hello%20world.md',
    });
  });

  it('point at the file on GitLab, with its /-/ paths, on the default branch when none is given', () => {
    expect(sourceLinks({ url: 'https://gitlab.com/group/blog/' }, 'content/pages/about.md')).toEqual({
      edit: 'https://gitlab.com/group/blog/-/edit/main/content/pages/about.md',
      history: 'https://gitlab.com/group/blog/-/commits/main/content/pages/about.md',
    });
  });

  it('are off without a repository', () => {
    expect(sourceLinks(undefined, 'content/posts/a.md')).toBeUndefined();
  });

  it('refuse a repository that is not an https address, naming the field and the file', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'margins-repository-')), 'site.json');
    fs.writeFileSync(file, JSON.stringify({ repository: { url: 'git@github.com:you/blog.git', brnach: 'main' } }));
    expect(siteConfigProblems({}, { MARGINS_SITE_CONFIG: file })).toBe(
      [
        'Margins found 2 problems in the site config:',
        `  ${file} → repository.url: found "git@github.com:you/blog.git", expected the https address of the repository, such as https://github.com/you/blog`,
        `  ${file} → repository.brnach: found "main", expected a field of repository: did you mean \`branch\`?`,
      ].join('\n'),
    );
  });
});

describe('posts that publish on time', () => {
  const loaded = loadContent(fixtureOptions('valid'));

  it('name the scheduled post that goes live next, not a draft', () => {
    expect(scheduleMessage(nextScheduled(loaded.unpublished))).toBe(
      'next scheduled post: tests/fixtures/sites/valid/posts/future.md goes live at 2099-01-01T00:00:00.000Z (build again then to publish it)',
    );
    expect(scheduleMessage(nextScheduled([]))).toBe('no scheduled posts');
  });

  it('fingerprint the published posts: the same set gives the same hash, a post going live another', () => {
    const later = loadContent(fixtureOptions('valid', { now: new Date('2099-01-02T00:00:00Z') }));
    expect(publishedFingerprint(loaded.content.posts)).toBe(publishedFingerprint([...loaded.content.posts].reverse()));
    expect(publishedFingerprint(later.content.posts)).not.toBe(publishedFingerprint(loaded.content.posts));
    // Drafts and scheduled posts never count, even when a preview build shows them.
    expect(publishedFingerprint([...loaded.content.posts, ...loaded.unpublished])).toBe(publishedFingerprint(loaded.content.posts));
  });
});

describe('the GitHub Pages workflow', () => {
  interface Step { id?: string; if?: string; uses?: string; run?: string; with?: Record<string, unknown> }
  const workflow = loadYaml(fs.readFileSync(path.join(ROOT, '.github', 'workflows', 'pages.yml'), 'utf8')) as {
    on: { schedule: Array<{ cron: string }> };
    jobs: { build: { steps: Step[] }; deploy: { if: string; steps: Step[] } };
  };
  const build = workflow.jobs.build.steps;

  it('checks out the whole history, for dates and renames, and builds on Node 24', () => {
    expect(build.find((step) => step.uses === 'actions/checkout@v4')?.with).toEqual({ 'fetch-depth': 0 });
    expect(build.find((step) => step.uses === 'actions/setup-node@v4')?.with?.['node-version']).toBe(24);
  });

  it('keeps the build cache between runs, started afresh by a changed lock file', () => {
    const cache = build.find((step) => step.uses === 'actions/cache@v4');
    expect(cache?.with).toEqual({
      path: '.next/cache',
      key: "build-cache-${{ hashFiles('package-lock.json') }}-${{ github.run_id }}",
      'restore-keys': "build-cache-${{ hashFiles('package-lock.json') }}-",
    });
    // Restored before the build that uses it.
    expect(build.indexOf(cache!)).toBe(build.findIndex((step) => step.run === 'npm run build') - 1);
  });

  it('runs hourly and deploys only when the published posts differ from the last deployment', () => {
    expect(workflow.on.schedule).toEqual([{ cron: '17 * * * *' }]);
    expect(build.find((step) => step.id === 'published')?.run).toBe('echo "fingerprint=$(npm run --silent published)" >> "$GITHUB_OUTPUT"');
    expect(build.find((step) => step.run === 'npm run build')?.if).toBe("steps.decide.outputs.deploy == 'true'");
    expect(workflow.jobs.deploy.if).toBe("needs.build.outputs.deploy == 'true'");
    expect(workflow.jobs.deploy.steps.at(-1)?.with?.key).toBe('published-posts-${{ needs.build.outputs.fingerprint }}');
  });
});
