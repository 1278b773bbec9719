// Rule files, the catalog, the docs pages and the rule tests stay in step, and every code example
// in the docs is linted: a `bad` block must produce a finding of its rule, a `good` block none.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import type { Rule } from '../../rules/api.js';
import { docsUrl } from '../../rules/docs-url.js';
import { rules } from '../../rules/index.js';
import { analyzeText } from '../helpers/lint.js';
import { exampleFiles, scanExample } from '../helpers/examples.js';
import { tableFindings } from '../helpers/table-findings.js';
import { MESSAGE_SAMPLES, fill } from './message-samples.js';
import { parseConfigText } from '../../server/src/engine/config/index.js';
import { MAX_MESSAGE_LENGTH } from '../../server/src/engine/messages.js';
import { ready } from '../../server/src/linter/index.js';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const DOCS = path.join(ROOT, 'docs', 'rules');
/** Files in rules/ that are not rules. */
const SECTIONS = ['Why it matters', 'What it finds', 'Examples', 'How to fix', 'Options', 'References'];
const ruleIds = rules.map((r) => r.meta.id);

interface CodeBlock {
  info: string;
  code: string;
  /** 1-based line of the opening fence, for failure messages. */
  line: number;
}

/** Fenced blocks (```info … ```) of a Markdown page. */
function codeBlocks(markdown: string): CodeBlock[] {
  const out: CodeBlock[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,})(.*)$/.exec(lines[i]);
    if (!open) continue;
    const fence = open[2];
    const body: string[] = [];
    let j = i + 1;
    while (j < lines.length && !lines[j].trimStart().startsWith(fence)) body.push(lines[j++]);
    assert.ok(j < lines.length, `unclosed code fence at line ${i + 1}`);
    out.push({ info: open[3].trim(), code: body.join('\n') + '\n', line: i + 1 });
    i = j;
  }
  return out;
}

/**
 * `js bad`, `ts good`, `python bad`, …; a project file names itself (`dockerfile bad Dockerfile`,
 * `yaml good .github/workflows/ci.yml`); undefined for blocks that are not linted examples (json, sh, text).
 */
function exampleKind(info: string): { lang: string; kind: 'bad' | 'good'; file: string } | undefined {
  const m = /^(js|ts|python) (bad|good)$/.exec(info) ?? /^(json|ini|dotenv|dockerfile|yaml) (bad|good) (\S+)$/.exec(info);
  if (!m) return undefined;
  const lang = m[1] === 'python' ? 'py' : m[1]!;
  return { lang, kind: m[2] as 'bad' | 'good', file: m[3] ?? `example.${lang}` };
}

function readDoc(id: string): string {
  return readFileSync(path.join(DOCS, `${id}.md`), 'utf8');
}

function h2(markdown: string): string[] {
  return [...markdown.matchAll(/^## (.+)$/gm)].map((m) => m[1].trim());
}

describe('rule metadata', () => {
  for (const rule of rules) {
    const { meta } = rule;
    describe(meta.id, () => {
      it('lives in rules/<id>/: its metadata in meta.ts, one file per language part', () => {
        assert.match(meta.id, /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
        for (const f of ['index.ts', 'meta.ts', ...Object.keys(rule.parts).map((l) => `${l}.ts`)]) {
          assert.ok(existsSync(path.join(ROOT, 'rules', meta.id, f)), `rules/${meta.id}/${f} is missing`);
        }
      });

      it('has a one-line description ending with a period', () => {
        assert.ok(meta.description.length > 0 && !meta.description.includes('\n'));
        assert.match(meta.description, /\.$/);
        assert.ok(meta.rationale.length > meta.description.length, 'the rationale should say more than the description');
      });

      it('has messages of one sentence without Markdown: what is wrong and why it matters', () => {
        const entries = Object.entries(meta.messages);
        assert.ok(entries.length > 0);
        for (const [messageId, text] of entries) {
          assert.match(text, /\.$/, `${messageId}: ends with a period`);
          // What to do goes in the fix titles and the docs page: a second sentence would be cut off.
          assert.doesNotMatch(text, /[.!?]\s+[A-Z]/, `${messageId}: "${text}" has a second sentence`);
          assert.ok(!text.includes('`'), `${messageId}: a Problems panel shows backticks as they are`);
        }
      });

      it('has numeric CWE ids, a part with non-empty needles for each language it serves, and fix kinds', () => {
        for (const cwe of meta.cwe) assert.ok(Number.isInteger(cwe) && cwe > 0, `CWE id ${String(cwe)}`);
        const parts = Object.values(rule.parts);
        assert.ok(parts.length > 0, 'serves no language');
        for (const part of parts) {
          assert.ok(part.needles.length > 0, 'needles');
          for (const n of part.needles) assert.ok(typeof n === 'string' && n.length > 0, 'empty needle');
        }
        assert.ok(meta.fixKinds.length > 0);
      });

      it('links to its docs page', () => {
        assert.ok(docsUrl(meta.id).endsWith(`/docs/rules/${meta.id}.md`));
      });

      it('has a test table in test/rules/<id>.test.ts', () => {
        assert.ok(existsSync(path.join(ROOT, 'test', 'rules', `${meta.id}.test.ts`)), `test/rules/${meta.id}.test.ts is missing`);
      });
    });
  }

  it('the catalog holds every rule file once', () => {
    // A rule is a folder holding meta.ts; the rest of rules/ is contracts, data and helpers.
    const dirs = readdirSync(path.join(ROOT, 'rules')).filter((f) => existsSync(path.join(ROOT, 'rules', f, 'meta.ts')));
    assert.deepEqual([...dirs].sort(), [...ruleIds].sort());
    assert.equal(new Set(ruleIds).size, ruleIds.length, 'duplicate rule ids');
  });
});

/** A Problems panel shows about this much of a message; half the findings fit in it. */
const MEDIAN_MESSAGE_LENGTH = 100;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

describe('message length (a Problems panel shows about 100 characters of a message)', () => {
  // examples/python needs the WebAssembly parser.
  before(() => ready());

  it(`every template filled with realistic data has at most ${MAX_MESSAGE_LENGTH} characters`, () => {
    const over: string[] = [];
    for (const { meta } of rules) {
      for (const [messageId, template] of Object.entries(meta.messages)) {
        const samples = MESSAGE_SAMPLES[meta.id]?.[messageId] ?? [];
        assert.ok(samples.length > 0, `${meta.id}.${messageId}: test/meta/message-samples.ts has no sample`);
        for (const sample of samples) {
          const { text, missing } = fill(template, sample);
          assert.deepEqual(missing, [], `${meta.id}.${messageId}: a sample lacks these placeholders`);
          if (text.length > MAX_MESSAGE_LENGTH) over.push(`${meta.id}.${messageId} (${text.length}): ${text}`);
        }
      }
    }
    assert.deepEqual(over, []);
  });

  const checkFindings = (what: string, findings: readonly { ruleId: string; message: string }[]) => {
    assert.ok(findings.length > 0, `no findings from ${what}`);
    const long = findings.filter((f) => f.message.length > MAX_MESSAGE_LENGTH || f.message.includes('`')).map((f) => `${f.ruleId} (${f.message.length}): ${f.message}`);
    assert.deepEqual(long, [], `messages longer than ${MAX_MESSAGE_LENGTH} characters or with backticks`);
    const m = median(findings.map((f) => f.message.length));
    assert.ok(m <= MEDIAN_MESSAGE_LENGTH, `the median message from ${what} has ${m} characters`);
  };

  it(`every finding of the rule tables has at most ${MAX_MESSAGE_LENGTH} characters, the median at most ${MEDIAN_MESSAGE_LENGTH}`, () => {
    const findings = tableFindings();
    assert.ok(new Set(findings.map((f) => f.ruleId)).size === rules.length, 'every rule table was read');
    checkFindings('the rule tables', findings);
  });

  it(`every finding in examples/ has at most ${MAX_MESSAGE_LENGTH} characters, the median at most ${MEDIAN_MESSAGE_LENGTH}`, () => {
    checkFindings('examples/', exampleFiles().flatMap((rel) => scanExample(rel).findings));
  });
});

describe('rule docs', () => {
  // Python examples need the WebAssembly parser.
  before(() => ready());

  it('every page in docs/rules belongs to a catalog rule', () => {
    const pages = readdirSync(DOCS).filter((f) => f.endsWith('.md') && f !== 'README.md');
    for (const page of pages) assert.ok(ruleIds.includes(page.slice(0, -3)), `docs/rules/${page} documents no rule in the catalog`);
  });

  it('docs/rules/README.md links every rule with its severity and CWE', () => {
    const index = readFileSync(path.join(DOCS, 'README.md'), 'utf8');
    for (const { meta } of rules) {
      const row = index.split('\n').find((l) => l.startsWith('|') && l.includes(`](${meta.id}.md)`));
      assert.ok(row, `README.md has no table row linking ${meta.id}.md`);
      assert.ok(row.includes(meta.defaultSeverity), `${meta.id}: the row shows the default severity ${meta.defaultSeverity}`);
      for (const cwe of meta.cwe) assert.ok(row.includes(`CWE-${cwe}`), `${meta.id}: the row shows CWE-${cwe}`);
    }
  });

  for (const rule of rules) {
    describe(rule.meta.id, () => checkPage(rule));
  }
});

function checkPage(rule: Rule): void {
  const { meta } = rule;
  const file = path.join(DOCS, `${meta.id}.md`);

  it('has a page', () => {
    assert.ok(existsSync(file), `docs/rules/${meta.id}.md is missing`);
  });
  if (!existsSync(file)) return;
  const md = readDoc(meta.id);
  const blocks = codeBlocks(md);

  it('has the title, summary, severity and CWE', () => {
    assert.match(md, new RegExp(`^# ${meta.id}\\n`), 'first line is "# <id>"');
    assert.ok(md.includes(meta.description), 'repeats the rule description as its summary');
    assert.match(md, new RegExp(`Default severity:?\\**:? \`?${meta.defaultSeverity}`), 'states the default severity');
    for (const cwe of meta.cwe) {
      assert.ok(md.includes(`[CWE-${cwe}`), `names CWE-${cwe} as a link`);
      assert.ok(md.includes(`https://cwe.mitre.org/data/definitions/${cwe}.html`), `links CWE-${cwe}`);
    }
  });

  it('has every section, in order', () => {
    const headings = h2(md);
    for (const s of SECTIONS) assert.ok(headings.includes(s), `section "## ${s}" is missing`);
    const order = SECTIONS.map((s) => headings.indexOf(s));
    assert.deepEqual(order, [...order].sort((a, b) => a - b), 'sections are out of order');
  });

  it('shows how to suppress a finding and set the severity', () => {
    assert.ok(md.includes(`tlslint-disable-next-line ${meta.id} -- `), 'a suppression comment example with a reason');
    assert.ok(md.includes('.tlslintrc.json'), 'mentions .tlslintrc.json');
  });

  it('names every fix title it documents exactly as a rule offers it', () => {
    // Fix titles are quoted in the "How to fix" section as **Title**; each must occur in the rule's findings below.
    const howTo = section(md, 'How to fix');
    const documented = [...howTo.matchAll(/\*\*([^*]+)\*\*/g)].map((m) => m[1]).filter((t) => /^(Remove|Add|Set|Raise|Replace|Trust|Use|Reject|Apply|Pass)\b/.test(t));
    assert.ok(documented.length > 0, 'How to fix names at least one quick fix in bold');
    const offered = new Set<string>();
    for (const b of blocks) {
      const ex = exampleKind(b.info);
      if (ex?.kind !== 'bad') continue;
      for (const f of lintBlock(rule, b, ex.file)) for (const fix of f.fixes) offered.add(fix.title.replace(/'[^']*'|`[^`]*`/g, '…'));
    }
    const missing = documented.filter((title) => !offered.has(title.replace(/'[^']*'|`[^`]*`/g, '…')));
    assert.deepEqual(missing, [], `documented fixes no bad example offers (offered: ${[...offered].join(' | ')})`);
  });

  it('tags every JavaScript/TypeScript block as bad or good, with at least one of each', () => {
    for (const b of blocks) {
      if (/^(js|ts|javascript|typescript|jsx|tsx|mjs|cjs)\b/.test(b.info)) assert.ok(exampleKind(b.info), `line ${b.line}: tag the block \`\`\`js bad / \`\`\`js good (or ts), not "${b.info}"`);
    }
    assert.ok(blocks.some((b) => exampleKind(b.info)?.kind === 'bad'), 'no bad example');
    if (rule.parts.files) assert.ok(blocks.some((b) => exampleKind(b.info)?.kind === 'bad' && !['js', 'ts', 'py'].includes(exampleKind(b.info)!.lang)), 'no bad project-file example (```dockerfile bad Dockerfile)');
    assert.ok(blocks.some((b) => exampleKind(b.info)?.kind === 'good'), 'no good example');
  });

  if (rule.parts.python) {
    it('tags every Python block as bad or good, with at least one of each', () => {
      for (const b of blocks) if (/^(python|py)\b/.test(b.info)) assert.ok(exampleKind(b.info), `line ${b.line}: tag the block \`\`\`python bad / \`\`\`python good, not "${b.info}"`);
      assert.ok(blocks.some((b) => exampleKind(b.info)?.kind === 'bad' && exampleKind(b.info)?.lang === 'py'), 'no Python bad example');
      assert.ok(blocks.some((b) => exampleKind(b.info)?.kind === 'good' && exampleKind(b.info)?.lang === 'py'), 'no Python good example');
    });
  }

  for (const b of blocks) {
    const ex = exampleKind(b.info);
    if (ex) {
      it(`${ex.kind} example at line ${b.line} ${ex.kind === 'bad' ? 'is reported' : 'is not reported'}`, () => {
        const result = analyzeText(ex.file, b.code, { rules: [rule] });
        assert.deepEqual(result.notes, [], 'the example parses and the rule runs without error');
        const own = result.findings.filter((f) => f.ruleId === meta.id);
        if (ex.kind === 'bad') assert.ok(own.length >= 1, `expected a ${meta.id} finding in:\n${b.code}`);
        else assert.deepEqual(own.map((f) => `${f.range.start.line + 1}: ${f.message}`), [], `expected no ${meta.id} finding in:\n${b.code}`);
      });
    } else if (b.info === 'json') {
      it(`configuration example at line ${b.line} is a valid .tlslintrc.json`, () => {
        assert.doesNotThrow(() => parseConfigText(b.code, `docs/rules/${meta.id}.md:${b.line}`, ruleIds));
      });
    }
  }
}

function lintBlock(rule: Rule, b: CodeBlock, file: string) {
  return analyzeText(file, b.code, { rules: [rule] }).findings;
}

/** The text of one `## ` section, up to the next. */
function section(md: string, title: string): string {
  const start = md.indexOf(`\n## ${title}\n`);
  if (start < 0) return '';
  const next = md.indexOf('\n## ', start + 1);
  return md.slice(start, next < 0 ? undefined : next);
}
