// The pre-commit hook (.pre-commit-hooks.yaml) through the `pre-commit` tool (Debian's 3.0.4), as a
// user sets it up: the hook repository is a git snapshot of this tree as it is now (committed with
// a fixed date, so the same sources give the same rev and pre-commit reuses the environment it
// built under .e2e/pre-commit-home); the project's .pre-commit-config.yaml names it; `pre-commit
// install`, then `git commit` of an insecure file and a project file (package.json's scripts) is
// refused with tlslint's report naming both, a clean file and the fixed file are committed. pre-commit installs the hook as a `language: node` package:
// `npm install`, `npm pack` (the prepare script builds the bundles), `npm install -g` of the tarball.
// Usage: node test/e2e/run-pre-commit.mjs
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { E2E_DIR, ROOT, isolatedEnv } from './lib/env.mjs';
import { checkInRunDir, copySources, exitWith, makeRunDir } from './lib/workspace.mjs';

const GIT_ENV = { GIT_AUTHOR_NAME: 'e2e', GIT_AUTHOR_EMAIL: 'e2e@example.com', GIT_COMMITTER_NAME: 'e2e', GIT_COMMITTER_EMAIL: 'e2e@example.com', GIT_AUTHOR_DATE: '2024-01-01T00:00:00Z', GIT_COMMITTER_DATE: '2024-01-01T00:00:00Z', GIT_CONFIG_NOSYSTEM: '1' };

function sh(cmd, args, cwd, env, timeout = 600_000) {
  const r = spawnSync(cmd, args, { cwd, env, encoding: 'utf8', timeout });
  return { code: r.status, output: `${r.stdout ?? ''}${r.stderr ?? ''}${r.error ? r.error.message : ''}` };
}

function must(r, what) {
  if (r.code !== 0) throw new Error(`${what} failed (${r.code}):\n${r.output}`);
  return r.output;
}

/** A git repository holding this tree's files (tracked and new, not ignored; not the tests), in one commit. */
function hookRepository(dir, env) {
  copySources(dir, env);
  must(sh('git', ['init', '-q', '-b', 'main'], dir, env), 'git init');
  must(sh('git', ['add', '-A'], dir, env), 'git add');
  must(sh('git', ['commit', '-qm', 'snapshot'], dir, env), 'git commit');
  return must(sh('git', ['rev-parse', 'HEAD'], dir, env), 'git rev-parse').trim();
}

export async function runPreCommit() {
  const { dir, ws } = makeRunDir('pre-commit');
  const env = isolatedEnv({ ...GIT_ENV, PRE_COMMIT_HOME: path.join(E2E_DIR, 'pre-commit-home') });
  return checkInRunDir(dir, () => {
    const version = must(sh('pre-commit', ['--version'], dir, env), 'pre-commit --version').trim();
    console.log(`  ${version}`);
    // One path for every run: pre-commit keys its environments by the repository's URL and rev.
    const hooks = path.join(E2E_DIR, 'pre-commit-hooks-repo');
    rmSync(hooks, { recursive: true, force: true });
    mkdirSync(hooks, { recursive: true });
    const rev = hookRepository(hooks, env);

    // The user's project: examples/ as a git repository with the README's configuration.
    must(sh('git', ['init', '-q', '-b', 'main'], ws, env), 'git init');
    writeFileSync(path.join(ws, '.pre-commit-config.yaml'), `repos:\n  - repo: ${hooks}\n    rev: ${rev}\n    hooks:\n      - id: tlslint\n`);
    must(sh('pre-commit', ['install'], ws, env), 'pre-commit install');
    must(sh('git', ['add', '.pre-commit-config.yaml', 'src/safe.ts'], ws, env), 'git add');
    const clean = sh('git', ['commit', '-qm', 'clean files'], ws, env);
    console.log(clean.output.replace(/^/gm, '    '));
    if (clean.code !== 0) throw new Error('the commit of clean files was refused');

    must(sh('git', ['add', 'src/legacy-gateway.js', 'package.json'], ws, env), 'git add');
    const refused = sh('git', ['commit', '-qm', 'insecure'], ws, env);
    console.log(refused.output.replace(/^/gm, '    '));
    if (refused.code === 0) throw new Error('the commit of an insecure file went through');
    if (!/src\/legacy-gateway\.js[\s\S]*no-weak-cipher/.test(refused.output)) throw new Error("the hook's output does not name the file and the rule");
    if (!/package\.json[\s\S]*no-global-tls-bypass/.test(refused.output)) throw new Error("the hook's output does not name package.json's script");
    if (sh('git', ['log', '--oneline'], ws, env).output.trim().split('\n').length !== 1) throw new Error('a commit was made');

    // The safe fix (tlslint --fix) makes the same commit go through.
    must(sh(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), '--fix', 'src/legacy-gateway.js'], ws, env), 'tlslint --fix');
    must(sh('git', ['add', 'src/legacy-gateway.js'], ws, env), 'git add');
    must(sh('git', ['reset', '-q', 'package.json'], ws, env), 'git reset');
    const fixed = sh('git', ['commit', '-qm', 'fixed'], ws, env);
    console.log(fixed.output.replace(/^/gm, '    '));
    if (fixed.code !== 0) throw new Error('the commit of the fixed file was refused');
  });
}

exitWith(import.meta, runPreCommit);
