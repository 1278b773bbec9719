// The rule tables of test/rules/ run again through ESLint's own RuleTester, in ESLint 10 and 9, for
// the rules whose traps an editor shows most: every valid case and trap (comments, strings, reads,
// comparisons, shadowed names, later safe overrides, dead branches) stays quiet in ESLint, and every
// invalid case is reported at the table's ⟦marked⟧ ranges, with ESLint's `output` the first safe fix
// of each finding applied in one pass as ESLint does, and every other fix as a suggestion with its
// text. The cases are the tables' own (loaded by test/helpers/table-findings.ts), not copies; the
// literal fix outputs the tables write are checked against what ESLint applies or offers. Cases
// of project files (package.json, Dockerfile, YAML) are the CLI's: the plugin does not lint them;
// cases written with a syntax error get ESLint's parse error, as with any rule.
// test-unit: own process (loads ESLint twice and typescript-eslint, and the rule tables in a child process)
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import plugin = require('../../server/src/eslint/index.js');
import { applyEdits } from '../../server/src/engine/fixes.js';
import type { Fix } from '../../rules/api.js';
import type { Finding } from '../../server/src/engine/types.js';
import { languageOf } from '../../server/src/linter/index.js';
import { analyzeText } from '../helpers/lint.js';
import { ruleTablesOf, type RuleTable } from '../helpers/table-findings.js';
import { ESLINTS, tsParser, type Any } from './eslint-tools.js';

const IDS = ['no-unverified-certificate', 'no-weak-cipher', 'require-servername'];
const TABLES = ruleTablesOf(IDS);
/** Every finding, information ones too (the tables test them): the rules' includeInfo option. */
const OPTIONS = [{ includeInfo: true }];

const isCode = (filename: string) => languageOf(filename)?.id === 'js';

/** ESLint's messages for a case, with `rules` on (the plugin's rules under `tlslint/`). */
function verify(Linter: Any, c: { filename: string; code: string }, rules: Record<string, unknown>): Any[] {
  const linter = new Linter({ configType: 'flat', cwd: process.cwd() });
  const config = [{ files: (plugin.configs.recommended as Any).files, plugins: { tlslint: plugin }, rules, ...languageOptions(c.filename) }];
  return linter.verify(c.code, config, { filename: path.join(process.cwd(), c.filename) });
}
const JS = { ecmaVersion: 'latest', sourceType: 'module', parserOptions: { ecmaFeatures: { jsx: true } } };
/** typescript-eslint's parser for TypeScript files, as the README's configuration has it; espree with JSX for the rest. */
const languageOptions = (filename: string) => ({ languageOptions: /\.[cm]?tsx?$/.test(filename) ? { ...JS, parser: tsParser } : JS });

/** 1-based line and column of an offset, as ESLint reports them. */
function position(code: string, offset: number): { line: number; column: number } {
  const before = code.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

/** The engine's findings of one rule, every rule running as in the plugin's one analysis per file. */
function findingsOf(id: string, filename: string, code: string): Finding[] {
  return analyzeText(filename, code).findings.filter((f) => f.ruleId === id);
}

/** The span ESLint merges a fix's edits into (one report's fixes become one). */
const span = (fix: Fix): [number, number] => [Math.min(...fix.edits.map((e) => e.start)), Math.max(...fix.edits.map((e) => e.end))];

/**
 * What one `eslint --fix` pass (RuleTester's `output`) makes of the findings' first safe fixes:
 * sorted by span, a fix that starts at or before the end of one already applied is left for the
 * next pass (ESLint's SourceCodeFixer). null when no finding has a safe fix.
 */
function onePass(code: string, findings: readonly Finding[]): string | null {
  const fixes = findings.flatMap((f) => f.fixes.filter((x) => x.kind === 'safe').slice(0, 1)).sort((a, b) => span(a)[0] - span(b)[0] || span(a)[1] - span(b)[1]);
  if (fixes.length === 0) return null;
  let lastEnd = Number.NEGATIVE_INFINITY;
  const applied = fixes.filter((x) => {
    const [start, end] = span(x);
    if (lastEnd >= start) return false;
    lastEnd = end;
    return true;
  });
  return applyEdits(code, applied.flatMap((x) => x.edits));
}

function invalidCase(id: string, c: RuleTable['invalid'][number]) {
  const findings = findingsOf(id, c.filename, c.code);
  return {
    name: c.name,
    code: c.code,
    filename: c.filename,
    options: OPTIONS,
    ...languageOptions(c.filename),
    output: onePass(c.code, findings),
    // Where: the table's markers; what: the engine's messages and fixes, finding by finding.
    errors: c.ranges.map((r, i) => {
      const f = findings[i];
      const safe = f?.fixes.find((x) => x.kind === 'safe');
      const start = position(c.code, r.start);
      const end = position(c.code, r.end);
      return {
        message: f?.message,
        line: start.line,
        column: start.column,
        endLine: end.line,
        endColumn: end.column,
        suggestions: (f?.fixes ?? []).filter((x) => x !== safe).map((x) => ({ desc: x.title, output: applyEdits(c.code, x.edits) })),
      };
    }),
  };
}

for (const { major, eslint } of ESLINTS) {
  const { RuleTester } = eslint;
  RuleTester.describe = describe;
  RuleTester.it = it;
  RuleTester.itOnly = it.only;
  const tester = new RuleTester();

  describe(`ESLint ${major} RuleTester on the rule tables of test/rules/`, () => {
    for (const table of TABLES) {
      const id = table.ruleId;
      // A case written with a syntax error (the engine lints what parses) stops ESLint at its parser.
      const parses = (c: { filename: string; code: string }) => !verify(eslint.Linter, c, {}).some((m) => m.fatal);
      const valid = table.valid.filter((c) => isCode(c.filename) && parses(c));
      const invalid = table.invalid.filter((c) => isCode(c.filename) && parses(c));
      const broken = [...table.valid, ...table.invalid].filter((c) => isCode(c.filename) && !parses(c));

      it(`${id}: the table holds traps and fixes to run (${valid.length} valid, ${invalid.length} invalid code cases)`, () => {
        assert.ok(valid.length >= 20 && invalid.length >= 20, 'a table this small cannot be the rule table');
        assert.ok(invalid.some((c) => c.fixes.length > 0));
      });

      tester.run(id, (plugin.rules as Record<string, Any>)[id], {
        valid: valid.map((c) => ({ name: c.name, code: c.code, filename: c.filename, options: OPTIONS, ...languageOptions(c.filename) })),
        invalid: invalid.map((c) => invalidCase(id, c)),
      });

      it(`${id}: a case with a syntax error gets ESLint's parse error and nothing else (${broken.length} cases)`, () => {
        assert.ok(broken.length <= 2, `${broken.length} cases left out as not parsing: ${broken.map((c) => c.name).join('; ')}`);
        for (const c of broken) {
          const messages = verify(eslint.Linter, c, { [`tlslint/${id}`]: ['error', ...OPTIONS] });
          assert.deepEqual(messages.map((m: Any) => [m.fatal, m.ruleId]), [[true, null]], `${c.name}: ${JSON.stringify(messages)}`);
        }
      });

      // The tables' literal outputs, each where ESLint puts its fix: the output of `eslint --fix`
      // when it is the only safe fix applied, else a suggestion with that title and text.
      it(`${id}: every fix output the table writes is ESLint's output or one of its suggestions`, () => {
        let checked = 0;
        for (const c of invalid) {
          const built = invalidCase(id, c);
          for (const fix of c.fixes) {
            const error = built.errors[fix.finding];
            const asSuggestion = error.suggestions.find((s) => s.desc === fix.title);
            const safe = findingsOf(id, c.filename, c.code)[fix.finding].fixes.find((x) => x.kind === 'safe');
            if (safe?.title === fix.title) {
              if (c.ranges.length === 1) assert.equal(built.output, fix.output, `${c.name}: eslint --fix`);
            } else {
              assert.ok(asSuggestion, `${c.name}: no suggestion titled ${JSON.stringify(fix.title)}`);
              assert.equal(asSuggestion.output, fix.output, `${c.name}: suggestion ${fix.title}`);
            }
            checked++;
          }
        }
        assert.ok(checked >= 5, `${checked} literal outputs checked`);
      });
    }
  });
}
