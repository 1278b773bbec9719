// Runs a composite action's steps (action.yml) as a GitHub runner does, for the Action's test:
// inputs with their defaults, `${{ }}` expressions (inputs, steps.<id>.outputs, github, runner,
// always(), success(), failure(), ==, !=, &&, ||, !), each `run` step in bash with GITHUB_OUTPUT,
// GITHUB_STEP_SUMMARY and the step's env, `if:` conditions, and a failed step failing what comes
// after it. A `uses:` step runs the mock given for that action, if any: the step boundary is the
// only thing replaced.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';

export interface StepRecord {
  name: string;
  outcome: 'success' | 'failure' | 'skipped';
  stdout: string;
}

export interface ActionRun {
  steps: StepRecord[];
  outputs: Record<string, string>;
  /** The action's outcome: failure when a step failed. */
  outcome: 'success' | 'failure';
  summary: string;
}

export type UsesMock = (inputs: Record<string, string>) => { outcome: 'success' | 'failure' };

interface Step {
  id?: string;
  name?: string;
  if?: string;
  shell?: string;
  run?: string;
  uses?: string;
  with?: Record<string, string>;
  env?: Record<string, string>;
}

export function runAction(actionDir: string, options: { inputs: Record<string, string>; workspace: string; env?: Record<string, string>; uses: Record<string, UsesMock> }): ActionRun {
  const action = parse(readFileSync(path.join(actionDir, 'action.yml'), 'utf8'));
  if (action.runs?.using !== 'composite') throw new Error('not a composite action');
  const temp = mkdtempSync(path.join(tmpdir(), 'tlslint-runner-'));
  const inputs: Record<string, string> = {};
  for (const [name, spec] of Object.entries(action.inputs ?? {}) as Array<[string, { default?: string }]>) inputs[name] = options.inputs[name] ?? String(spec.default ?? '');
  for (const name of Object.keys(options.inputs)) if (!(name in inputs)) throw new Error(`the action has no input '${name}'`);
  const stepOutputs: Record<string, Record<string, string>> = {};
  const summaryFile = path.join(temp, 'summary.md');
  writeFileSync(summaryFile, '');
  let failed = false;
  const records: StepRecord[] = [];

  const context = {
    inputs,
    steps: new Proxy({}, { get: (_, id: string) => ({ outputs: stepOutputs[id] ?? {} }) }),
    github: { action_path: actionDir, workspace: options.workspace },
    runner: { temp },
  };
  const functions = { always: () => true, success: () => !failed, failure: () => failed };
  const evaluate = (text: string) => evaluateExpression(text, context, functions);
  const interpolate = (text: string) => String(text).replace(/\$\{\{([\s\S]*?)\}\}/g, (_, e: string) => toText(evaluate(e)));

  action.runs.steps.forEach((step: Step, i: number) => {
    const name = step.name ?? step.id ?? `step ${i + 1}`;
    const condition = step.if === undefined ? 'success()' : String(step.if).replace(/^\s*\$\{\{([\s\S]*)\}\}\s*$/, '$1');
    // A condition without a status function is ANDed with success(), as on GitHub.
    const run = truthy(evaluate(condition)) && (/\b(always|success|failure|cancelled)\(\)/.test(condition) || !failed);
    if (!run) {
      records.push({ name, outcome: 'skipped', stdout: '' });
      return;
    }
    if (step.uses) {
      const mock = options.uses[step.uses];
      if (!mock) throw new Error(`no mock for uses: ${step.uses}`);
      const withInputs = Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, interpolate(v)]));
      const { outcome } = mock(withInputs);
      if (outcome === 'failure') failed = true;
      records.push({ name, outcome, stdout: '' });
      return;
    }
    if (step.shell !== 'bash') throw new Error(`${name}: only shell: bash is supported here`);
    const outputFile = path.join(temp, `output-${i}`);
    const script = path.join(temp, `step-${i}.sh`);
    writeFileSync(outputFile, '');
    writeFileSync(script, interpolate(step.run ?? ''));
    const env = {
      ...process.env,
      ...options.env,
      GITHUB_ACTION_PATH: actionDir,
      GITHUB_WORKSPACE: options.workspace,
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      RUNNER_TEMP: temp,
      ...Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, interpolate(v)])),
    };
    const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], { cwd: options.workspace, env, encoding: 'utf8' });
    if (step.id) stepOutputs[step.id] = readOutputs(readFileSync(outputFile, 'utf8'));
    const outcome = r.status === 0 ? 'success' : 'failure';
    if (outcome === 'failure') failed = true;
    records.push({ name, outcome, stdout: `${r.stdout}${r.stderr}` });
  });

  const outputs = Object.fromEntries(Object.entries(action.outputs ?? {}).map(([k, spec]) => [k, interpolate((spec as { value: string }).value)]));
  return { steps: records, outputs, outcome: failed ? 'failure' : 'success', summary: readFileSync(summaryFile, 'utf8') };
}

/** GITHUB_OUTPUT's two forms: `name=value` and `name<<DELIMITER` … `DELIMITER`. */
function readOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^=<]+)<<(.+)$/.exec(lines[i]);
    if (heredoc) {
      const body: string[] = [];
      while (++i < lines.length && lines[i] !== heredoc[2]) body.push(lines[i]);
      out[heredoc[1]] = body.join('\n');
      continue;
    }
    const eq = lines[i].indexOf('=');
    if (eq > 0) out[lines[i].slice(0, eq)] = lines[i].slice(eq + 1);
  }
  return out;
}

type Value = string | number | boolean | null | Record<string, unknown>;

function truthy(v: Value): boolean {
  return !(v === false || v === null || v === '' || v === 0);
}

function toText(v: Value): string {
  return v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);
}

/** GitHub's expression language, the part action files use. Strings compare case-insensitively. */
export function evaluateExpression(text: string, context: Record<string, unknown>, functions: Record<string, () => boolean>): Value {
  const tokens = text.match(/'(?:[^']|'')*'|&&|\|\||==|!=|[()!]|[A-Za-z_][\w.-]*(?:\(\))?|\d+(?:\.\d+)?|\S/g) ?? [];
  let at = 0;
  const peek = () => tokens[at];
  const next = () => tokens[at++];
  const or = (): Value => {
    let v = and();
    while (peek() === '||') {
      next();
      const r = and();
      v = truthy(v) ? v : r;
    }
    return v;
  };
  const and = (): Value => {
    let v = equality();
    while (peek() === '&&') {
      next();
      const r = equality();
      v = truthy(v) ? r : v;
    }
    return v;
  };
  const equality = (): Value => {
    let v = unary();
    while (peek() === '==' || peek() === '!=') {
      const op = next();
      const r = unary();
      const same = typeof v === 'string' && typeof r === 'string' ? v.toLowerCase() === r.toLowerCase() : toText(v) === toText(r);
      v = op === '==' ? same : !same;
    }
    return v;
  };
  const unary = (): Value => {
    if (peek() === '!') {
      next();
      return !truthy(unary());
    }
    return primary();
  };
  const primary = (): Value => {
    const t = next();
    if (t === undefined) throw new Error(`unexpected end of expression: ${text}`);
    if (t === '(') {
      const v = or();
      if (next() !== ')') throw new Error(`missing ) in ${text}`);
      return v;
    }
    if (t.startsWith("'")) return t.slice(1, -1).replace(/''/g, "'");
    if (/^\d/.test(t)) return Number(t);
    if (t === 'true' || t === 'false') return t === 'true';
    if (t === 'null') return null;
    if (t.endsWith('()')) {
      const f = functions[t.slice(0, -2)];
      if (!f) throw new Error(`unknown function ${t}`);
      return f();
    }
    let v: unknown = context;
    for (const part of t.split('.')) v = v === null || v === undefined ? undefined : (v as Record<string, unknown>)[part];
    return v === undefined ? '' : (v as Value);
  };
  const v = or();
  if (at !== tokens.length) throw new Error(`unexpected '${tokens[at]}' in ${text}`);
  return v;
}
