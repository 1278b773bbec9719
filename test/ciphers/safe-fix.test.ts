// The safe fixes of no-weak-cipher (rules/common/cipher-fixes.ts) keep what connects: over
// generated cipher strings, and over every cipher string in the rule's table, a safe fix never
// removes a suite that was not an error-level finding (nor one Node 20 negotiates), keeps every
// other suite in its order, leaves a string Node accepts, and its finding's error is gone after it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cipherProblems } from '../../rules/common/cipher-strings.js';
import { checkSafeFixes, cipherString } from '../fuzz/cipher-gen.js';
import { Rng } from '../fuzz/rng.js';
import { tableCases } from '../helpers/table-findings.js';

const SEED = Number(process.env.TLSLINT_FUZZ_SEED ?? 18);
const COUNT = Number(process.env.TLSLINT_SAFE_FIX_COUNT ?? 1500);

/** The string literals of a piece of code that are cipher strings (as written: the tables quote them plainly). */
function cipherLiterals(code: string): string[] {
  return [...code.matchAll(/'([^'\\\n]*)'|"([^"\\\n]*)"/g)].map((m) => (m[1] ?? m[2]).replace(/^.*--tls-cipher-list=/, '').split(' ')[0]).filter((s) => cipherProblems(s) !== undefined);
}

describe('no-weak-cipher safe fixes', () => {
  it(`keep what connects on ${COUNT} generated cipher strings (seed ${SEED})`, () => {
    let fixes = 0;
    const failures: string[] = [];
    for (let i = 0; i < COUNT; i++) {
      const s = cipherString(new Rng(SEED, i));
      fixes += (cipherProblems(s) ?? []).filter((p) => p.safeFix).length;
      failures.push(...checkSafeFixes(s));
    }
    assert.deepEqual(failures.slice(0, 10), []);
    // Enough fixes were made for the property to mean something.
    assert.ok(fixes > COUNT / 10, `only ${fixes} safe fixes in ${COUNT} strings`);
  });

  it('keep what connects on every cipher string of the rule table, and on the strings of issue 18', () => {
    const strings = new Set([
      ...tableCases().filter((c) => c.ruleId === 'no-weak-cipher').flatMap((c) => cipherLiterals(c.code)),
      'HIGH:!aNULL:RC4-SHA:DES-CBC3-SHA', 'RC4-SHA:AES128-SHA:ECDHE+AESGCM', 'ECDHE+AESGCM:MEDIUM', 'ECDHE+AESGCM:EXPORT:aNULL:MD5:3DES:NULL',
    ]);
    assert.ok(strings.size > 20, `${strings.size} strings`);
    const withFixes = [...strings].filter((s) => cipherProblems(s)?.some((p) => p.safeFix));
    assert.ok(withFixes.length > 10, `${withFixes.length} strings with a safe fix`);
    assert.deepEqual([...strings].flatMap(checkSafeFixes), []);
  });
});
