import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { projectRoot } from '../support.ts';

/**
 * The three forges' deploy workflows cannot run here: each is read as the
 * forge would read it, and checked to do the same thing in the same order —
 * build on a push to main and each night, restore the build caches first,
 * record new URLs, then publish — through the same shared scripts.
 */
const read = (file: string) => parse(readFileSync(join(projectRoot, file), 'utf8')) as Record<string, unknown>;

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, string | number>;
  env?: Record<string, string>;
}

const RECORD = 'bash scripts/deploy/record-urls.sh';
const PUBLISH = 'bash scripts/deploy/publish-dist.sh';
const SECRETS = ['DEPLOY_HOST', 'DEPLOY_USER', 'DEPLOY_PATH', 'DEPLOY_SSH_KEY', 'DEPLOY_KNOWN_HOSTS'];

/** Index of the first step a predicate matches; -1 when none does. */
const stepIndex = (steps: Step[], match: (step: Step) => boolean) => steps.findIndex(match);

describe.each(['.github/workflows/deploy.yml', '.gitea/workflows/deploy.yml'])('%s', (file) => {
  const workflow = read(file);
  const on = workflow.on as Record<string, unknown>;
  const jobs = workflow.jobs as Record<string, { 'runs-on': string; steps: Step[] }>;
  const steps = Object.values(jobs)[0]!.steps;

  it('runs on a push to main, each night at 00:10 Beijing time, and by hand', () => {
    expect(on.push).toEqual({ branches: ['main'] });
    expect(on.schedule).toEqual([{ cron: '10 16 * * *' }]);
    expect(on).toHaveProperty('workflow_dispatch');
    expect(workflow.concurrency).toEqual({ group: 'deploy', 'cancel-in-progress': false });
  });

  it('installs with Node 24 and npm install (npm ci cannot work against this registry)', () => {
    const node = steps.find((step) => step.uses?.startsWith('actions/setup-node@'));
    expect(node?.with?.['node-version']).toBe(24);
    expect(steps.some((step) => step.run === 'npm install --no-audit --no-fund')).toBe(true);
  });

  it('restores the build cache (node_modules/.astro) before building, keyed by the lock file and saved anew each run', () => {
    const cache = steps.find((step) => step.uses?.startsWith('actions/cache@'));
    expect(cache?.with?.path).toBe('node_modules/.astro');
    const key = String(cache?.with?.key);
    const restore = String(cache?.with?.['restore-keys']);
    expect(key).toMatch(/package-lock\.json|cache-key\.outputs\.lock/);
    expect(key.endsWith('${{ github.run_id }}')).toBe(true);
    expect(key.startsWith(restore)).toBe(true);
    const order = [
      stepIndex(steps, (step) => step.run?.startsWith('npm install') ?? false),
      stepIndex(steps, (step) => step === cache),
      stepIndex(steps, (step) => step.run === 'npm run build'),
      stepIndex(steps, (step) => step.run?.startsWith(RECORD) ?? false),
      stepIndex(steps, (step) => step.run === PUBLISH),
    ];
    expect(order.every((index) => index >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('checks out with a token that may push to a protected main when one is given', () => {
    const checkout = steps.find((step) => step.uses?.startsWith('actions/checkout@'));
    expect(checkout?.with?.token).toBe('${{ secrets.DEPLOY_PUSH_TOKEN || github.token }}');
  });

  it('records new URLs on the branch it built and publishes with the deploy secrets', () => {
    expect(steps.find((step) => step.run?.startsWith(RECORD))?.run).toBe(`${RECORD} "\${{ github.ref_name }}"`);
    const publish = steps.find((step) => step.run === PUBLISH);
    expect(Object.keys(publish?.env ?? {})).toEqual(SECRETS);
    for (const name of SECRETS) expect(publish?.env?.[name]).toBe(`\${{ secrets.${name} }}`);
  });
});

describe('.github/workflows/deploy.yml', () => {
  it('may push the new URLs back', () => {
    expect(read('.github/workflows/deploy.yml').permissions).toEqual({ contents: 'write' });
  });
});

describe('.gitlab-ci.yml', () => {
  const pipeline = read('.gitlab-ci.yml');
  const job = pipeline['build-and-deploy'] as {
    image: string;
    resource_group: string;
    cache: { key: { files: string[]; prefix: string }; paths: string[] }[];
    script: string[];
  };

  it('runs on a push to the default branch, on a schedule and by hand, nothing else', () => {
    const rules = (pipeline.workflow as { rules: { if: string }[] }).rules.map((rule) => rule.if);
    expect(rules).toEqual([
      '$CI_PIPELINE_SOURCE == "schedule"',
      '$CI_PIPELINE_SOURCE == "web"',
      '$CI_PIPELINE_SOURCE == "push" && $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH',
    ]);
  });

  it('runs one deploy at a time on Node 24', () => {
    expect(job.image).toBe('node:24-bookworm');
    expect(job.resource_group).toBe('deploy');
  });

  it('restores the build cache (node_modules/.astro) keyed by the lock file, and npm’s download cache', () => {
    const build = job.cache.find((cache) => cache.paths.includes('node_modules/.astro/'));
    expect(build?.key).toEqual({ files: ['package-lock.json'], prefix: 'jinguo-build' });
    expect(job.cache.some((cache) => cache.paths.includes('.npm/'))).toBe(true);
  });

  it('installs, builds, records new URLs with a token that may push, then publishes', () => {
    const script = job.script;
    const at = (prefix: string) => script.findIndex((line) => line.startsWith(prefix));
    const order = [
      at('npm install'),
      at('npm run build'),
      at('git remote set-url --push origin'),
      at(RECORD),
      at(PUBLISH),
    ];
    expect(order.every((index) => index >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(script[at(RECORD)]).toBe(`${RECORD} "$CI_COMMIT_BRANCH"`);
    expect(script[at('git remote')]).toContain('${DEPLOY_PUSH_TOKEN}');
  });
});
