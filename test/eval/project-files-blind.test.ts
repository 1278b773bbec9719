// The blind project-file set (test/fixtures/project-files-blind/): 12 small repositories (package.json
// scripts, .npmrc/.yarnrc(.yml), .env files, Dockerfiles, compose, Kubernetes, Helm values and
// templates, GitHub Actions, GitLab CI, pm2) written on 2026-12-06 by a tester who read the issue,
// TLS-FACTS and the rule pages only, with 112 safe look-alikes; the key (answers.txt) was not
// changed after the run except for lines marked `wrong` or `added` with the reason. The bar
// for a hidden set: at least 90 % found, at most one false positive.
import path from 'node:path';
import { it } from 'node:test';
import { assertKeyedSet } from './score.js';

const SET = path.resolve(__dirname, '..', '..', '..', 'test', 'fixtures', 'project-files-blind');

it('finds at least 90 % of the blind project-file set\'s problems with at most 1 false positive', (t) => {
  assertKeyedSet(SET, 'project files blind eval', { recall: 0.9, falsePositives: 1 }, (m) => t.diagnostic(m));
});
