// The JavaScript and TypeScript inputs of a fuzz run (made by inputs.ts): the seeds' mutations,
// generated TLS programs (grammar.ts), cipher strings in Node's sinks, deep nesting and random bytes.
import { cipherString } from './cipher-gen.js';
import { generateProgram } from './grammar.js';
import { tokenMutations, type InputProfile } from './inputs.js';
import * as m from './mutate.js';

export const JS_INPUTS: InputProfile = {
  generators: { mutate: 45, grammar: 30, cipher: 10, deep: 10, bytes: 5 },
  renamed: ['mutated.js', 'mutated.jsx', 'mutated.ts', 'mutated.tsx', 'mutated.mjs', 'mutated.cts'],
  mutations: {
    ...tokenMutations('js'),
    randomBytes: [3, (rng, t) => m.randomBytes(rng, t)],
    truncate: [2, m.truncate],
    lineEndings: [1, m.lineEndings],
    minify: [1, m.minify],
  },
  program: generateProgram,
  cipher: {
    fileName: 'ciphers.ts',
    templates: (rng, q, cipher) => [
      `import tls from 'tls';\ntls.createServer({ key, cert, ciphers: ${q} });\n`,
      `import tls from 'tls';\ntls.connect({ host: 'example.com', ciphers: ${q} });\n`,
      `import tls from 'tls';\ntls.DEFAULT_CIPHERS = ${q};\n`,
      `import https from 'https';\nnew https.Agent({ ciphers: ${q} + ':!RC4' });\n`,
      `process.env.NODE_OPTIONS = ${JSON.stringify(`--tls-cipher-list=${cipher}`)};\n`,
      // Many distinct strings in one file: each is its own evaluation and exclusion search.
      `import tls from 'tls';\n${Array.from({ length: rng.range(2, 16) }, () => `tls.createServer({ ciphers: ${JSON.stringify(cipherString(rng))} });`).join('\n')}\ntls.createServer({ ciphers: ${q} });\n`,
    ],
  },
  bad: { generator: 'bytes', make: (rng, text) => ({ text: m.randomBytes(rng, text), kind: 'random bytes' }) },
  lang: 'js',
};
