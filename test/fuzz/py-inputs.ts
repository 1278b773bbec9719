// The Python inputs of a fuzz run (`--lang python`, made by inputs.ts): the seeds' mutations with
// Python tokens and indentation damage, generated TLS programs (py-grammar.ts), cipher strings in
// Python sinks, Python's deep nestings and plain bad input.
import { cipherString } from './cipher-gen.js';
import { tokenMutations, type InputProfile } from './inputs.js';
import * as m from './mutate.js';
import { generatePyProgram } from './py-grammar.js';
import { badInput, indentation, PY_INTERESTING, PY_NESTINGS } from './py-mutate.js';

export const PY_INPUTS: InputProfile = {
  generators: { mutate: 45, grammar: 30, cipher: 8, deep: 10, bad: 7 },
  renamed: ['mutated.py', 'test_mutated.py', 'tests/mutated.py'],
  mutations: {
    ...tokenMutations('python'),
    randomBytes: [3, (rng, t) => m.randomBytes(rng, t, PY_INTERESTING)],
    truncate: [2, m.truncate],
    indentation: [2, indentation],
    lineEndings: [1, m.lineEndings],
  },
  program: generatePyProgram,
  cipher: {
    fileName: 'tls_ciphers.py',
    templates: (rng, q) => [
      `import ssl\nctx = ssl.create_default_context()\nctx.set_ciphers(${q})\n`,
      `import ssl\nctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)\nctx.set_ciphers(${q} + ":!RC4")\n`,
      `import ssl\nssl.wrap_socket(sock, ciphers=${q})\n`,
      `from urllib3.util.ssl_ import create_urllib3_context\nctx = create_urllib3_context(ciphers=f${q.replace(/[{}]/g, '$&$&')})\n`,
      `from OpenSSL import SSL\nc = SSL.Context(SSL.TLS_CLIENT_METHOD)\nc.set_cipher_list(b${q})\n`,
      `import redis\nr = redis.Redis(ssl=True, ssl_ciphers=${q})\n`,
      `import websocket\nws = websocket.create_connection(u, sslopt={"ciphers": ${q}})\n`,
      `import ssl\nCIPHERS = ${q}\n${Array.from({ length: rng.range(2, 16) }, (_, i) => `c${i} = ssl.create_default_context()\nc${i}.set_ciphers(${JSON.stringify(cipherString(rng))})`).join('\n')}\nctx = ssl.create_default_context()\nctx.set_ciphers(CIPHERS)\n`,
    ],
  },
  bad: { generator: 'bad', make: badInput },
  lang: 'python',
  nestings: PY_NESTINGS,
};
