// The Python inputs of a fuzz run (`--lang python`): the seeds' mutations with Python tokens and
// indentation damage, generated TLS programs (py-grammar.ts), cipher strings in Python sinks,
// Python's deep nestings and plain bad input. Deterministic in (seed, index) like makeInput.
import { cipherString } from './cipher-gen.js';
import type { Seed } from './corpus.js';
import * as m from './mutate.js';
import { generatePyProgram } from './py-grammar.js';
import { badInput, indentation, PY_INTERESTING, PY_NESTINGS } from './py-mutate.js';
import type { FuzzInput } from './properties.js';
import type { Rng } from './rng.js';

const WEIGHTS = { mutate: 45, grammar: 30, cipher: 8, deep: 10, bad: 7 } as const;
const MUTATIONS = { deleteTokens: 4, duplicateTokens: 3, splice: 3, insertFrom: 3, swapToken: 3, randomBytes: 3, truncate: 2, indentation: 2, lineEndings: 1 } as const;

function mutateOnce(rng: Rng, text: string, seeds: readonly Seed[]): { text: string; how: string } {
  const kind = rng.weighted(MUTATIONS);
  const other = () => rng.pick(seeds).text;
  switch (kind) {
    case 'deleteTokens':
      return { text: m.deleteTokens(rng, text, 'python'), how: kind };
    case 'duplicateTokens':
      return { text: m.duplicateTokens(rng, text, 'python'), how: kind };
    case 'splice':
      return { text: m.splice(rng, text, other(), 'python'), how: kind };
    case 'insertFrom':
      return { text: m.insertFrom(rng, text, other(), 'python'), how: kind };
    case 'swapToken':
      return { text: m.swapToken(rng, text, other(), 'python'), how: kind };
    case 'randomBytes':
      return { text: m.randomBytes(rng, text, PY_INTERESTING), how: kind };
    case 'truncate':
      return { text: m.truncate(rng, text), how: kind };
    case 'indentation':
      return { text: indentation(rng, text), how: kind };
    default:
      return { text: m.lineEndings(rng, text), how: kind };
  }
}

/** A random Python input (after the seeds and their truncations). */
export function makePyRandomInput(rng: Rng, id: string, seeds: readonly Seed[], opts: { maxDepth?: number; maxChars?: number }): FuzzInput & { cipher?: string } {
  const generator = rng.weighted(WEIGHTS);
  const base = rng.pick(seeds);
  const fileName = rng.chance(0.1) ? rng.pick(['mutated.py', 'test_mutated.py', 'tests/mutated.py']) : base.fileName;
  switch (generator) {
    case 'mutate': {
      const r = m.mutateSeveral(rng, base.text, (text) => mutateOnce(rng, text, seeds));
      return { id, generator, fileName, text: r.text, origin: `${base.origin} ${r.how}` };
    }
    case 'grammar': {
      const g = generatePyProgram(rng);
      const text = rng.chance(0.15) ? mutateOnce(rng, g.text, seeds).text : g.text;
      return { id, generator, fileName: g.fileName, text };
    }
    case 'cipher': {
      const cipher = cipherString(rng);
      const q = JSON.stringify(cipher);
      const text = rng.pick([
        `import ssl\nctx = ssl.create_default_context()\nctx.set_ciphers(${q})\n`,
        `import ssl\nctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)\nctx.set_ciphers(${q} + ":!RC4")\n`,
        `import ssl\nssl.wrap_socket(sock, ciphers=${q})\n`,
        `from urllib3.util.ssl_ import create_urllib3_context\nctx = create_urllib3_context(ciphers=f${q.replace(/[{}]/g, '$&$&')})\n`,
        `from OpenSSL import SSL\nc = SSL.Context(SSL.TLS_CLIENT_METHOD)\nc.set_cipher_list(b${q})\n`,
        `import redis\nr = redis.Redis(ssl=True, ssl_ciphers=${q})\n`,
        `import websocket\nws = websocket.create_connection(u, sslopt={"ciphers": ${q}})\n`,
        `import ssl\nCIPHERS = ${q}\n${Array.from({ length: rng.range(2, 16) }, (_, i) => `c${i} = ssl.create_default_context()\nc${i}.set_ciphers(${JSON.stringify(cipherString(rng))})`).join('\n')}\nctx = ssl.create_default_context()\nctx.set_ciphers(CIPHERS)\n`,
      ]);
      return { id, generator, fileName: 'tls_ciphers.py', text, cipher };
    }
    case 'bad': {
      const b = badInput(rng, base.text, opts.maxChars ?? 256 * 1024);
      return { id, generator, fileName, text: b.text, origin: `${base.origin} ${b.kind}` };
    }
    default: {
      const src = rng.chance(0.5) ? base.text : generatePyProgram(rng).text;
      const d = m.deepNest(rng, src, opts.maxDepth ?? 100_000, opts.maxChars, 'python', PY_NESTINGS);
      return { id, generator, fileName, text: d.text, origin: `${base.origin} nested ${d.depth} × ${d.kind}` };
    }
  }
}
