// What is Python-specific in mutating and breaking a file: the characters worth inserting,
// indentation damage (mixed tabs, lost or extra indents), deep nesting of Python's own forms
// (brackets, attribute chains, `not`, lambdas, f-string holes, indented blocks), and plain bad
// input (binary, huge lines, unterminated strings, NULs, CRLF and a BOM). The token-level
// mutations themselves are mutate.ts's, cutting with py-tokens.ts.
import type { Nestings } from './mutate.js';
import type { Rng } from './rng.js';

export const PY_INTERESTING = [
  '(', ')', '[', ']', '{', '}', ':', ',', '.', '=', '==', ':=', '->', '**', '*', '@', '#', '\\', '\\\n', "'", '"', "'''", '"""', "f'", 'f"', 'rb"', "f'{", '{', '}}',
  '\n', '\r', '\r\n', '\t', '    ', '\f', '\v', '\u00a0', '\ufeff', '\u0000', '\ud800', '\udc00', '\ud83d\ude00', 'é', '\u200d', '\u2028', '\u0085',
  'lambda', 'not', 'async', 'await', 'yield', 'if', 'else', 'with', 'as', 'def', 'class', 'return', 'import', 'from', 'ssl', 'requests', 'verify', 'False', 'True', 'None', 'ssl.CERT_NONE',
];

const DEEP_INDENT = (n: number, x: string, head: (i: number) => string) => `${Array.from({ length: n }, (_, i) => `${' '.repeat(i)}${head(i)}\n`).join('')}${' '.repeat(n)}${x.split('\n').join(`\n${' '.repeat(n)}`)}`;

/** Python's own deep forms; statement nestings indent one space a level so depth costs n²/2 characters. */
export const PY_NESTINGS: Nestings = {
  expression: {
    parens: (n, x) => `${'('.repeat(n)}${x}${')'.repeat(n)}`,
    parensLines: (n, x) => `${'(\n'.repeat(n)}${x}${'\n)'.repeat(n)}`,
    lists: (n, x) => `${'['.repeat(n)}${x}${']'.repeat(n)}`,
    tuples: (n, x) => `${'('.repeat(n)}${x}${',)'.repeat(n)}`,
    dicts: (n, x) => `${"{'a': ".repeat(n)}${x}${'}'.repeat(n)}`,
    sets: (n, x) => `${'{'.repeat(n)}${x}${'}'.repeat(n)}`,
    calls: (n, x) => `${'f('.repeat(n)}${x}${')'.repeat(n)}`,
    keywordCalls: (n, x) => `${'f(a='.repeat(n)}${x}${')'.repeat(n)}`,
    callChain: (n, x) => `(${x})${'()'.repeat(n)}`,
    attributes: (n, x) => `(${x})${'.a'.repeat(n)}`,
    attributeLines: (n, x) => `(${x}${'\n.a'.repeat(n)})`,
    subscripts: (n, x) => `(${x})${'[0]'.repeat(n)}`,
    plus: (n, x) => `(${"'a' +\n".repeat(n)}${x})`,
    percent: (n, x) => `(${"'%s' % ".repeat(n)}${x})`,
    or: (n, x) => `(${'a or\n'.repeat(n)}${x})`,
    not: (n, x) => `(${'not '.repeat(n)}${x})`,
    minus: (n, x) => `(${'-'.repeat(n)}${x})`,
    power: (n, x) => `(${'a ** '.repeat(n)}${x})`,
    ternary: (n, x) => `(${'a if b else '.repeat(n)}${x})`,
    lambdas: (n, x) => `(${'lambda: '.repeat(n)}${x})`,
    awaits: (n, x) => `(${'await '.repeat(n)}${x})`,
    walrus: (n, x) => `${'(a := '.repeat(n)}${x}${')'.repeat(n)}`,
    comprehensions: (n, x) => `${'[a for a in '.repeat(n)}${x}${']'.repeat(n)}`,
    fstrings: (n, x) => `${'f"{'.repeat(n)}${x}${'}"'.repeat(n)}`,
    formats: (n, x) => `(${x})${".format('a')".repeat(n)}`,
    implicitConcat: (n, x) => `(${"'a'\n".repeat(n)}${x})`,
    // The option flags' `A | B | …` and `~X` reads (orFlags recursed once per `|`).
    bitOr: (n, x) => `(${'ssl.OP_NO_TLSv1 |\n'.repeat(n)}${x})`,
    invert: (n, x) => `(${'~\n'.repeat(n)}${x})`,
  },
  statement: {
    ifs: (n, x) => DEEP_INDENT(n, x, () => 'if a:'),
    defs: (n, x) => DEEP_INDENT(n, x, (i) => `def f${i}(s=None, *a, **k):`),
    classes: (n, x) => DEEP_INDENT(n, x, (i) => `class C${i}(B):`),
    withs: (n, x) => DEEP_INDENT(n, x, (i) => `with requests.Session() as s${i}:`),
    tries: (n, x) => DEEP_INDENT(n, x, () => 'try:'),
    loops: (n, x) => DEEP_INDENT(n, x, (i) => (i % 2 ? 'while a:' : 'for a in b:')),
    tabs: (n, x) => `${Array.from({ length: n }, (_, i) => `${'\t'.repeat(i)}if a:\n`).join('')}${'\t'.repeat(n)}${x.split('\n').join(`\n${'\t'.repeat(n)}`)}`,
    elifs: (n, x) => `if a:\n    pass\n${'elif a:\n    pass\n'.repeat(n)}else:\n${x.replace(/^/gm, '    ')}`,
    decorators: (n, x) => `${'@d\n'.repeat(n)}def f():\n${x.replace(/^/gm, '    ')}`,
    statements: (n, x) => `${'a()\n'.repeat(n)}${x}`,
    semicolons: (n, x) => `${'a = 1; '.repeat(n)}\n${x}`,
    assignments: (n, x) => `v0 = None\n${Array.from({ length: n }, (_, i) => `v${i + 1} = v${i}`).join('\n')}\n${x}`,
    chainedAssignments: (n, x) => `${'a = '.repeat(n)}None\n${x}`,
    // Bracketed assignment and loop targets (the scope's binding recursed once per bracket).
    targets: (n, x) => `${'(\n'.repeat(n)}a, ctx${'\n)'.repeat(n)} = 1, ssl._create_unverified_context()\nfor ${'[\n'.repeat(n)}b${'\n]'.repeat(n)} in c:\n    pass\n${x}`,
    imports: (n, x) => `${Array.from({ length: n }, (_, i) => `import m${i} as ssl`).join('\n')}\nimport ssl\n${x}`,
    shadowing: (n, x) => `${Array.from({ length: n }, (_, i) => `ctx = ctx${i}`).join('\n')}\n${x}`,
  },
};

/** Indentation damage: a line loses or gains indent, spaces become tabs, the file gets CRLF or a BOM. */
export function indentation(rng: Rng, text: string): string {
  const lines = text.split('\n');
  const i = rng.int(lines.length);
  switch (rng.int(6)) {
    case 0:
      lines[i] = lines[i].trimStart();
      break;
    case 1:
      lines[i] = `${rng.pick([' ', '  ', '\t', '        '])}${lines[i]}`;
      break;
    case 2:
      return lines.map((l) => l.replace(/^(?: {4})+/, (s) => (rng.chance(0.5) ? '\t'.repeat(s.length / 4) : s))).join('\n');
    case 3:
      return text.replace(/\r?\n/g, '\r\n');
    case 4:
      return `\ufeff${text}`;
    default:
      return lines.map((l) => l.replace(/^\s+/, (s) => s.replace(/ {4}/g, '\t '))).join('\n');
  }
  return lines.join('\n');
}

/** Plain bad input, some of it built around a TLS line so the rules still have something to do. */
export function badInput(rng: Rng, seed: string, maxChars: number): { text: string; kind: string } {
  const kind = rng.pick(['binary', 'nul', 'hugeLine', 'hugeString', 'unterminated', 'tripleUnterminated', 'mixedTabs', 'crlfBom', 'lineContinuations', 'manyLines', 'surrogates', 'controls'] as const);
  const size = Math.min(maxChars, rng.logInt(maxChars));
  switch (kind) {
    case 'binary':
      return { kind, text: Array.from({ length: Math.min(size, 4096) }, () => String.fromCharCode(rng.int(256))).join('') };
    case 'nul':
      return { kind, text: seed.replace(/\n/g, () => (rng.chance(0.2) ? '\u0000\n' : '\n')) + '\u0000' };
    case 'hugeLine':
      return { kind, text: `import requests\nrequests.get(u, verify=False, x=${'1 + '.repeat(Math.floor(size / 4))}1)\n${seed}` };
    case 'hugeString':
      return { kind, text: `import ssl\nctx = ssl.create_default_context()\nctx.set_ciphers('${'RC4:'.repeat(Math.floor(size / 4))}')\n${seed}` };
    case 'unterminated':
      return { kind, text: `${seed}\nx = ${rng.pick(["'", '"', "f'", 'b"', "r'", "f'{"])}${'abc '.repeat(rng.logInt(1000))}\nimport requests\nrequests.get(u, verify=False)\n` };
    case 'tripleUnterminated':
      return { kind, text: `${rng.pick(["'''", '"""', "f'''", 'f"""'])}\n${seed}` };
    case 'mixedTabs':
      return { kind, text: seed.replace(/^( +)/gm, (s) => (rng.chance(0.5) ? s.replace(/ {4}/g, '\t') : ` \t${s}`)) };
    case 'crlfBom':
      return { kind, text: `\ufeff${seed.replace(/\n/g, rng.pick(['\r\n', '\r', '\n\r']))}` };
    case 'lineContinuations':
      return { kind, text: seed.replace(/ /g, () => (rng.chance(0.1) ? ' \\\n' : ' ')) };
    case 'manyLines':
      return { kind, text: `${seed}\n${'\n'.repeat(size)}import ssl\nssl._create_unverified_context()\n` };
    case 'surrogates':
      return { kind, text: seed.replace(/[a-z]/g, (c) => (rng.chance(0.05) ? rng.pick(['\ud800', '\udfff', '\ud83d\ude00', '\u0301']) : c)) };
    default:
      return { kind, text: seed.replace(/ /g, () => (rng.chance(0.05) ? String.fromCharCode(rng.pick([0x0b, 0x0c, 0x1b, 0x7f, 0x85, 0x2028])) : ' ')) };
  }
}
