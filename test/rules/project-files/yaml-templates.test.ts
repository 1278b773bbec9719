// Helm templates are YAML only once rendered: `{{ … }}` actions make most of them invalid YAML, and
// a syntax note on every chart would be noise. They get no parse-error note; they are read as what
// every rendering holds (lang/files/helm.ts: actions blanked in place, `if`/`with`/`define` blocks
// left out). Plain YAML, and GitHub Actions files (whose `${{ }}` expressions are YAML strings),
// keep the note.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeText } from '../../helpers/lint.js';
import { renderedSkeleton } from '../../../server/src/lang/files/helm.js';

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

  it('actions inline in keys and values (`name: {{ .Release.Name }}-api`) and a range body do not hide what follows', () => {
    const t = [
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      '  name: {{ .Release.Name }}-api',
      'spec:',
      '  replicas: {{ .Values.replicaCount }}',
      '  template:',
      '    spec:',
      '      containers:',
      '        - name: api',
      '          image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"',
      '          env:',
      '            {{- range $k, $v := .Values.env }}',
      '            - name: {{ $k }}',
      '              value: {{ $v | quote }}',
      '            {{- end }}',
      '            - name: NODE_TLS_REJECT_UNAUTHORIZED',
      '              value: "0"',
      '',
    ].join('\n');
    assert.deepEqual(notesOf('chart/templates/deployment.yaml', t), []);
    assert.deepEqual(linesOf('chart/templates/deployment.yaml', t), ['18 no-global-tls-bypass']);
  });

  it('what an if/with guards or a define names is in some renderings only: not reported; unbalanced blocks leave the text as it is', () => {
    const t = [
      'apiVersion: v1',
      'kind: Pod',
      'spec:',
      '  containers:',
      '    - name: api',
      '      env:',
      '        {{- if .Values.insecureUpstream }}',
      '        - name: NODE_TLS_REJECT_UNAUTHORIZED',
      '          value: "0"',
      '        {{- end }}',
      '        {{- with .Values.debug }}',
      '        - name: NODE_TLS_REJECT_UNAUTHORIZED',
      '          value: "0"',
      '        {{- end }}',
      '{{- define "api.env" }}',
      '- name: NODE_TLS_REJECT_UNAUTHORIZED',
      '  value: "0"',
      '{{- end }}',
      '',
    ].join('\n');
    assert.deepEqual(linesOf('chart/templates/pod.yaml', t), []);
    assert.equal(renderedSkeleton('a: {{ if .X }}\nb: 1\n'), 'a: {{ if .X }}\nb: 1\n');
    assert.equal(renderedSkeleton('a: {{ .X }}\nb: ${{ y }}\n'), 'a:         \nb: ${{ y }}\n');
  });

  it('plain YAML and an Actions workflow with ${{ }} keep the syntax note', () => {
    const broken = 'services:\n  web:\n    environment: [a\n';
    assert.deepEqual(notesOf('docker-compose.yml', broken), ['parse-error']);
    const workflow = 'on: push\njobs:\n  t:\n    runs-on: ${{ matrix.os }}\n    steps: [a\n';
    assert.deepEqual(notesOf('.github/workflows/ci.yml', workflow), ['parse-error']);
  });
});
