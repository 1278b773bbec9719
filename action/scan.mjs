#!/usr/bin/env node
// The scan step of the GitHub Action (action.yml): runs tlslint once, writing SARIF, then writes
// the job summary and the step outputs and prints annotations. It never fails the step over
// findings, so the SARIF upload that follows always has its file; the last step of the action
// fails the job when `failed` says so (fail-on), or when tlslint could not run (exit code 2).
// Inputs come from the environment (TLSLINT_*), set by action.yml from the action's inputs.
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { annotations, FAIL_ON, findingsOf, summaryMarkdown, verdict } from './summary.mjs';

const env = process.env;
const actionPath = env.GITHUB_ACTION_PATH || path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const workspace = env.GITHUB_WORKSPACE || process.cwd();

function output(name, value) {
  if (env.GITHUB_OUTPUT) appendFileSync(env.GITHUB_OUTPUT, `${name}=${String(value).replace(/[\r\n]+/g, ' ')}\n`);
}

function summary(markdown) {
  if (env.GITHUB_STEP_SUMMARY) appendFileSync(env.GITHUB_STEP_SUMMARY, markdown);
}

function fail(reason) {
  process.stdout.write(`tlslint: ${reason}\n`);
  summary(`## tlslint could not run\n\n${reason}\n`);
  output('failed', 'true');
  output('reason', reason);
}

function main() {
  const failOn = (env.TLSLINT_FAIL_ON || 'error').trim().toLowerCase();
  if (!FAIL_ON.includes(failOn)) return fail(`fail-on must be one of ${FAIL_ON.join(', ')}, not '${env.TLSLINT_FAIL_ON}'`);
  const sarifFile = path.resolve(workspace, env.TLSLINT_SARIF_FILE || path.join(env.RUNNER_TEMP || workspace, 'tlslint.sarif'));
  // A path that starts with '-' would read as an option.
  const paths = (env.TLSLINT_PATHS || '.').split(/\s+/).filter(Boolean).map((p) => (p.startsWith('-') ? `./${p}` : p));
  const args = ['--format', 'sarif', '--output', sarifFile];
  if (env.TLSLINT_CATEGORY) args.push('--sarif-category', env.TLSLINT_CATEGORY);
  if (env.TLSLINT_CONFIG) args.push('--config', env.TLSLINT_CONFIG);
  if (env.TLSLINT_BASELINE) args.push('--baseline', env.TLSLINT_BASELINE);
  if (env.TLSLINT_CHANGED_SINCE) args.push('--changed-since', env.TLSLINT_CHANGED_SINCE);
  args.push(...paths);

  const r = spawnSync(process.execPath, [path.join(actionPath, 'dist', 'cli.js'), ...args], { cwd: workspace, encoding: 'utf8', stdio: ['ignore', 'inherit', 'pipe'] });
  if (r.stderr) process.stderr.write(r.stderr);
  if (r.status !== 0 && r.status !== 1) return fail(`tlslint exited with ${r.status ?? r.signal}: ${(r.stderr || r.error?.message || '').trim().split('\n')[0]}`);
  if (!existsSync(sarifFile)) return fail(`tlslint wrote no SARIF to ${sarifFile}`);

  const findings = findingsOf(JSON.parse(readFileSync(sarifFile, 'utf8')));
  const server = env.GITHUB_SERVER_URL;
  const repository = env.GITHUB_REPOSITORY;
  const sha = env.GITHUB_SHA;
  const link = server && repository && sha ? (file, line) => `${server}/${repository}/blob/${sha}/${file.split('/').map(encodeURIComponent).join('/')}#L${line}` : undefined;
  summary(summaryMarkdown(findings, { failOn, baseline: env.TLSLINT_BASELINE, changedSince: env.TLSLINT_CHANGED_SINCE, link }));
  for (const line of annotations(findings)) process.stdout.write(`${line}\n`);

  const count = (s) => findings.filter((f) => f.severity === s).length;
  output('sarif-file', sarifFile);
  output('findings', findings.length);
  output('errors', count('error'));
  output('warnings', count('warning'));
  const { failed, reason } = verdict(findings, failOn);
  output('failed', failed ? 'true' : 'false');
  if (failed) output('reason', reason);
  process.stdout.write(`tlslint: ${findings.length} finding${findings.length === 1 ? '' : 's'}; SARIF in ${sarifFile}\n`);
}

main();
