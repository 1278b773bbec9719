// Helm templates are YAML only once rendered: `{{ … }}` actions make most of them invalid YAML, and
// a syntax note on every chart would be noise. They get no parse-error note; what parses is still
// read. Plain YAML, and GitHub Actions files (whose `${{ }}` expressions are YAML strings), keep it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeText } from '../../helpers/lint.js';

const HELM = [
  'apiVersion: apps/v1',
  'kind: Deployment',
  'metadata:',
  '  name: {{ include "orders.fullname" . }}',
  'spec:',
  '  template:',
  '    spec:',
  '      containers:',
  '        - name: orders',
  '          env:',
  '            - name: NODE_TLS_REJECT_UNAUTHORIZED',
  '              value: "0"',
  '            {{- toYaml .Values.extraEnv | nindent 12 }}',
  '',
].join('\n');

const notesOf = (file: string, text: string) => analyzeText(file, text).notes?.map((n) => n.kind) ?? [];
const linesOf = (file: string, text: string) => analyzeText(file, text).findings.map((f) => `${f.range.start.line + 1} ${f.ruleId}`);

describe('YAML templates', () => {
  it('a Helm template gets no syntax note and its parts that parse are still checked', () => {
    assert.deepEqual(notesOf('chart/templates/deployment.yaml', HELM), []);
    assert.deepEqual(linesOf('chart/templates/deployment.yaml', HELM), ['12 no-global-tls-bypass']);
  });

  it('plain YAML and an Actions workflow with ${{ }} keep the syntax note', () => {
    const broken = 'services:\n  web:\n    environment: [a\n';
    assert.deepEqual(notesOf('docker-compose.yml', broken), ['parse-error']);
    const workflow = 'on: push\njobs:\n  t:\n    runs-on: ${{ matrix.os }}\n    steps: [a\n';
    assert.deepEqual(notesOf('.github/workflows/ci.yml', workflow), ['parse-error']);
  });
});
