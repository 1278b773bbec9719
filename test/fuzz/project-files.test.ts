// The fuzzer's properties on every project-file kind: the project-file seeds (the evaluation set,
// examples/'s project files, the test tables' strings that name a project file) as they are,
// truncated at every line end, mutated token by token, spliced with each other and with random
// bytes. No exception, no rule error, every fix parses at least as well in the file's own syntax
// (JSON, YAML, shell) and removes its finding, fix-all is idempotent.
// test-unit: own process (long: about 10 s of CPU over some 1,500 inputs)
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { languageOfFile } from '../../protocol/languages.js';
import { partKeyOf } from '../../server/src/engine/language.js';
import { FRONTENDS } from '../../server/src/lang/index.js';
import { loadCorpus } from './corpus.js';
import * as m from './mutate.js';
import { checkInput, type Failure } from './properties.js';
import { Rng } from './rng.js';

const SEED = Number(process.env.TLSLINT_FUZZ_SEED ?? 20261206);
const PER_SEED = 24;

describe('fuzz: project files', () => {
  // The files the `files` part reads (not JS/TS, not Python: those have fuzz tests of their own).
  const seeds = loadCorpus().filter((s) => {
    const id = languageOfFile(s.fileName)?.id;
    return !!id && partKeyOf(FRONTENDS[id]) === 'files';
  });
  const kinds = new Set(seeds.map((s) => languageOfFile(s.fileName)!.id));

  it('has seeds of every project-file syntax', () => {
    assert.deepEqual([...kinds].sort(), ['dockerfile', 'dotenv', 'json', 'npmrc', 'yaml']);
  });

  it(`keeps every property on the seeds, their line truncations and ${PER_SEED} mutations of each (seed ${SEED})`, () => {
    const failures: Failure[] = [];
    let inputs = 0;
    let findings = 0;
    let fixes = 0;
    seeds.forEach((s, si) => {
      const rng = new Rng(SEED, si);
      const texts: [string, string][] = [[s.text, 'seed']];
      for (let at = s.text.indexOf('\n'); at >= 0; at = s.text.indexOf('\n', at + 1)) texts.push([s.text.slice(0, at - (at % 3 === 0 ? 3 : 0)), `truncated at ${at}`]);
      for (let k = 0; k < PER_SEED; k++) {
        const other = rng.pick(seeds).text;
        const how = rng.pick(['deleteTokens', 'duplicateTokens', 'splice', 'insertFrom', 'swapToken', 'randomBytes', 'truncate', 'lineEndings'] as const);
        const text = how === 'splice' ? m.splice(rng, s.text, other) : how === 'insertFrom' ? m.insertFrom(rng, s.text, other) : how === 'swapToken' ? m.swapToken(rng, s.text, other) : m[how](rng, s.text);
        texts.push([text, how]);
      }
      texts.forEach(([text, how], k) => {
        const r = checkInput({ id: `${si}:${k}`, generator: how, fileName: s.fileName, text, origin: s.origin }, { budgetMs: 2000, maxFixes: 6, rng });
        inputs++;
        findings += r.findings;
        fixes += r.fixesChecked;
        failures.push(...r.failures);
      });
    });
    const summary = failures.slice(0, 5).map((f) => `${f.property} ${f.fileName} (${f.generator}): ${f.message}\n${f.text.slice(0, 400)}`).join('\n---\n');
    assert.equal(failures.length, 0, `${failures.length} failure(s) in ${inputs} inputs:\n${summary}`);
    assert.ok(inputs > 800 && findings > 300 && fixes > 200, `${inputs} inputs, ${findings} findings, ${fixes} fixes checked`);
  });
});
