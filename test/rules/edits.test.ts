// Unit tests of the shared fix helpers: rules/js/edits.ts and rules/js/safe-settings.ts.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import ts from 'typescript';
import type { Fix, TextEdit } from '../../rules/api.js';
import { combineEdits, insertProperty, removeProperties, removeProperty, removeStatement } from '../../rules/js/edits.js';
import { SAFE_SETTINGS_TITLE, safeSettingsFix } from '../../rules/js/safe-settings.js';
import { parseSourceFile as parse } from '../../server/src/lang/js/parse.js';
import { createRuleContext, FileModel } from '../../server/src/lang/js/context.js';
import { applyEdits } from '../../server/src/engine/fixes.js';
import { untidy } from './rule-tester.js';

/** The first object literal of `code`, in a parsed file. */
function firstObject(code: string | ts.SourceFile): { sf: ts.SourceFile; obj: ts.ObjectLiteralExpression } {
  const sf = typeof code === 'string' ? parse('x.ts', code) : code;
  let found: ts.ObjectLiteralExpression | undefined;
  const visit = (n: ts.Node): void => {
    if (!found && ts.isObjectLiteralExpression(n)) found = n;
    else if (!found) ts.forEachChild(n, visit);
  };
  visit(sf);
  assert.ok(found, 'no object literal in the test code');
  return { sf, obj: found };
}

function propNamed(obj: ts.ObjectLiteralExpression, name: string): ts.ObjectLiteralElementLike {
  const p = obj.properties.find((x) => x.name && ts.isIdentifier(x.name) && x.name.text === name);
  assert.ok(p, `no property ${name}`);
  return p;
}

/** `code` without the named properties of its first object literal. */
function without(code: string, ...names: string[]): string {
  const { sf, obj } = firstObject(code);
  return applyEdits(code, removeProperties(sf, names.map((n) => propNamed(obj, n))));
}

describe('removeProperty on one line', () => {
  const code = 'f({ a: 1, b: 2, c: 3 });';
  test('first', () => assert.equal(without(code, 'a'), 'f({ b: 2, c: 3 });'));
  test('middle', () => assert.equal(without(code, 'b'), 'f({ a: 1, c: 3 });'));
  test('last', () => assert.equal(without(code, 'c'), 'f({ a: 1, b: 2 });'));
  test('only', () => assert.equal(without('f({ a: 1 });', 'a'), 'f({});'));
  test('last before a trailing comma keeps the comma style', () => assert.equal(without('f({ a: 1, b: 2, });', 'b'), 'f({ a: 1, });'));
  test('a block comment in the literal stays', () => assert.equal(without('f({ /* keep */ a: 1 });', 'a'), 'f({ /* keep */  });'));
  test('removeProperty is removeProperties of one', () => {
    const { sf, obj } = firstObject(code);
    assert.deepEqual(removeProperty(sf, propNamed(obj, 'b')), removeProperties(sf, [propNamed(obj, 'b')])[0]);
  });
});

describe('removeProperty on several lines', () => {
  const code = 'const o = {\n  a: 1,\n  b: 2,\n  c: 3,\n};\n';
  test('first: its line goes', () => assert.equal(without(code, 'a'), 'const o = {\n  b: 2,\n  c: 3,\n};\n'));
  test('middle', () => assert.equal(without(code, 'b'), 'const o = {\n  a: 1,\n  c: 3,\n};\n'));
  test('last', () => assert.equal(without(code, 'c'), 'const o = {\n  a: 1,\n  b: 2,\n};\n'));
  test('only: the literal becomes {}', () => assert.equal(without('const o = {\n  a: 1,\n};\n', 'a'), 'const o = {};\n'));
  test('only, with its trailing comment: {}', () => assert.equal(without('const o = {\n  a: 1, // legacy\n};\n', 'a'), 'const o = {};\n'));
  test('only, under a comment line: the comment stays', () => assert.equal(without('const o = {\n  // why\n  a: 1,\n};\n', 'a'), 'const o = {\n  // why\n};\n'));
  test('last without a trailing comma leaves the previous comma', () => {
    assert.equal(without('const o = {\n  a: 1,\n  b: 2\n};', 'b'), 'const o = {\n  a: 1,\n};');
  });
  test('a trailing line comment goes with its line', () => {
    assert.equal(without('const o = {\n  a: 1,\n  b: 2, // legacy server\n  c: 3,\n};', 'b'), 'const o = {\n  a: 1,\n  c: 3,\n};');
  });
  test('a comment on its own line above stays', () => {
    assert.equal(without('const o = {\n  a: 1,\n  // why b\n  b: 2,\n};', 'b'), 'const o = {\n  a: 1,\n  // why b\n};');
  });
  test('a multi-line value goes with all its lines', () => {
    assert.equal(without('const o = {\n  a: 1,\n  check(h) {\n    return;\n  },\n  c: 3,\n};', 'check'), 'const o = {\n  a: 1,\n  c: 3,\n};');
  });
  test('a property sharing the closing line', () => assert.equal(without('const o = {\n  a: 1,\n  b: 2 };', 'b'), 'const o = {\n  a: 1 };'));
  test('CRLF line endings', () => assert.equal(without('const o = {\r\n  a: 1,\r\n  b: 2,\r\n};', 'a'), 'const o = {\r\n  b: 2,\r\n};'));
});

describe('removeProperties merges neighbours', () => {
  test('adjacent removals are one edit (one line)', () => {
    const code = 'f({ a: 1, b: 2, c: 3 });';
    const { sf, obj } = firstObject(code);
    const edits = removeProperties(sf, [propNamed(obj, 'b'), propNamed(obj, 'c')]);
    assert.equal(edits.length, 1);
    assert.equal(applyEdits(code, edits), 'f({ a: 1 });');
  });
  test('adjacent removals are one edit (several lines)', () => {
    const code = 'f({\n  a: 1,\n  b: 2,\n  c: 3,\n  d: 4,\n});';
    const { sf, obj } = firstObject(code);
    const edits = removeProperties(sf, [propNamed(obj, 'b'), propNamed(obj, 'c')]);
    assert.equal(edits.length, 1);
    assert.equal(applyEdits(code, edits), 'f({\n  a: 1,\n  d: 4,\n});');
  });
  test('first two', () => assert.equal(without('f({ a: 1, b: 2, c: 3 });', 'a', 'b'), 'f({ c: 3 });'));
  test('first and last: two edits that do not touch', () => assert.equal(without('f({ a: 1, b: 2, c: 3 });', 'a', 'c'), 'f({ b: 2 });'));
  test('all of them', () => assert.equal(without('f({ a: 1, b: 2, c: 3, });', 'a', 'b', 'c'), 'f({});'));
  test('none', () => assert.deepEqual(removeProperties(parse('x.ts', ''), []), []));
});

/** `code` with `text` inserted into its first object literal (after `anchor`, by default the last property). */
function inserted(code: string, text: string, anchor?: string): string {
  const { sf, obj } = firstObject(code);
  return applyEdits(code, [insertProperty(sf, obj, text, anchor ? propNamed(obj, anchor) : undefined)]);
}

describe('insertProperty', () => {
  test('into {}', () => assert.equal(inserted('f({});', 'x: 1'), 'f({ x: 1 });'));
  test('into an empty multi-line literal, indented from its line', () => assert.equal(inserted('  f({\n  });', 'x: 1'), '  f({\n    x: 1,\n  });'));
  test('after the last property on one line', () => assert.equal(inserted('f({ a: 1 });', 'x: 1'), 'f({ a: 1, x: 1 });'));
  test('after a trailing comma on one line', () => assert.equal(inserted('f({ a: 1, });', 'x: 1'), 'f({ a: 1, x: 1, });'));
  test('after an anchor in the middle', () => assert.equal(inserted('f({ a: 1, b: 2 });', 'x: 1', 'a'), 'f({ a: 1, x: 1, b: 2 });'));
  test('multi-line with a trailing comma', () => assert.equal(inserted('f({\n  a: 1,\n});', 'x: 1'), 'f({\n  a: 1,\n  x: 1,\n});'));
  test('multi-line without a trailing comma', () => assert.equal(inserted('f({\n  a: 1\n});', 'x: 1'), 'f({\n  a: 1,\n  x: 1\n});'));
  test('multi-line after a property with a line comment', () => assert.equal(inserted('f({\n  a: 1, // why\n});', 'x: 1'), 'f({\n  a: 1, // why\n  x: 1,\n});'));
  test('multi-line, no comma, line comment', () => assert.equal(inserted('f({\n  a: 1 // why\n});', 'x: 1'), 'f({\n  a: 1, // why\n  x: 1\n});'));
  test('multi-line anchor in the middle', () => assert.equal(inserted('f({\n  a: 1,\n  b: 2,\n});', 'x: 1', 'a'), 'f({\n  a: 1,\n  x: 1,\n  b: 2,\n});'));
});

/** `code` without the statement holding its first assignment. */
function withoutStatement(code: string): string | undefined {
  const sf = parse('x.ts', code);
  let found: ts.BinaryExpression | undefined;
  const visit = (n: ts.Node): void => {
    if (!found && ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.EqualsToken) found = n;
    else if (!found) ts.forEachChild(n, visit);
  };
  visit(sf);
  assert.ok(found);
  const edit = removeStatement(sf, found);
  return edit && applyEdits(code, [edit]);
}

describe('removeStatement', () => {
  test('a statement alone on its line goes with the line', () => assert.equal(withoutStatement('a();\ntls.X = 1;\nb();\n'), 'a();\nb();\n'));
  test('with a trailing comment', () => assert.equal(withoutStatement('a();\n  tls.X = 1; // old clients\nb();\n'), 'a();\nb();\n'));
  test('next to another statement on the line', () => assert.equal(withoutStatement('a(); tls.X = 1;\n'), 'a(); \n'));
  test('the whole body of an if: the if goes too', () => assert.equal(withoutStatement('a();\nif (old) tls.X = 1;\nb();\n'), 'a();\nb();\n'));
  test('all of a block: the if goes too, and an if holding only that if', () => assert.equal(withoutStatement('if (a.b === 1) {\n  if (!old) {\n    tls.X = 1;\n  }\n}\nrest();\n'), 'rest();\n'));
  test('all of an else branch: the else goes', () => assert.equal(withoutStatement('if (old) {\n  keep();\n} else {\n  tls.X = 1;\n}\n'), 'if (old) {\n  keep();\n}\n'));
  test('a condition that calls something stays, and so does the if (an empty statement as its body)', () => assert.equal(withoutStatement('if (check()) tls.X = 1;\n'), 'if (check()) ;\n'));
  test('a condition that writes stays', () => assert.equal(withoutStatement('if (n++) {\n  tls.X = 1;\n}\n'), 'if (n++) {\n}\n'));
  test('a block with a comment besides the statement stays', () => assert.equal(withoutStatement('if (old) {\n  // legacy peers\n  tls.X = 1;\n}\n'), 'if (old) {\n  // legacy peers\n}\n'));
  test('the then branch when an else holds something: an empty block stays', () => assert.equal(withoutStatement('if (old) {\n  tls.X = 1;\n} else {\n  keep();\n}\n'), 'if (old) {\n} else {\n  keep();\n}\n'));
  test('an assignment that is not a statement cannot be removed', () => assert.equal(withoutStatement('const f = () => (tls.X = 1);\n'), undefined));
});

describe('combineEdits', () => {
  test('one edit over the span, in order', () => {
    const text = 'abcdefgh';
    const edits: TextEdit[] = [{ start: 6, end: 7, text: 'G' }, { start: 1, end: 2, text: '' }, { start: 4, end: 4, text: '+' }];
    const one = combineEdits(text, edits)!;
    assert.deepEqual(one, { start: 1, end: 7, text: 'cd+efG' });
    assert.equal(applyEdits(text, [one]), applyEdits(text, edits));
  });
  test('an insertion before a replacement at the same offset', () => {
    assert.deepEqual(combineEdits('abc', [{ start: 1, end: 2, text: 'B' }, { start: 1, end: 1, text: '+' }]), { start: 1, end: 2, text: '+B' });
  });
  test('overlapping edits are refused', () => {
    assert.throws(() => combineEdits('abcdef', [{ start: 1, end: 4, text: '' }, { start: 3, end: 5, text: '' }]), /overlapping/);
  });
  test('no edits', () => assert.equal(combineEdits('abc', []), undefined));
});

/** The safe-settings fix for the object literal passed to the call `f(…)` or `tls.connect(…)` of `code`, applied. */
function safe(code: string): { fix: Fix | undefined; output?: string } {
  const sf = parse('x.ts', code);
  const ctx = createRuleContext(new FileModel(sf), 'x.ts', () => {});
  const call = ctx.nodes.calls.find((c) => c.arguments?.[0] && ts.isObjectLiteralExpression(c.arguments[0]));
  assert.ok(call, 'no call with an object literal');
  const fix = safeSettingsFix(ctx, call.arguments![0] as ts.ObjectLiteralExpression);
  return { fix, output: fix && applyEdits(code, fix.edits) };
}

describe('safeSettingsFix', () => {
  test('removes every insecure option and puts minVersion in the first one\'s place (one line)', () => {
    const { fix, output } = safe("tls.connect({ host, rejectUnauthorized: false, secureProtocol: 'TLSv1_method', port: 443 });");
    assert.equal(output, "tls.connect({ host, minVersion: 'TLSv1.2', port: 443 });");
    assert.equal(fix?.title, SAFE_SETTINGS_TITLE);
    assert.equal(fix?.kind, 'suggestion');
    assert.equal(fix?.edits.length, 1, 'one edit');
  });
  test('several lines, insecure options first, middle and last', () => {
    const code = "tls.connect({\n  checkServerIdentity: () => undefined,\n  host: 'example.com',\n  rejectUnauthorized: false,\n  port: 443,\n  maxVersion: 'TLSv1.1',\n});";
    assert.equal(safe(code).output, "tls.connect({\n  minVersion: 'TLSv1.2',\n  host: 'example.com',\n  port: 443,\n});");
  });
  test('adjacent insecure options collapse, with their comments', () => {
    const code = "tls.connect({\n  host,\n  rejectUnauthorized: false, // self-signed in dev\n  secureProtocol: 'TLSv1_method',\n  checkServerIdentity() {},\n  port,\n});";
    assert.equal(safe(code).output, "tls.connect({\n  host,\n  minVersion: 'TLSv1.2', // self-signed in dev\n  port,\n});");
  });
  test('an insecure minVersion is raised in place, nothing added', () => {
    assert.equal(safe("f({ minVersion: 'TLSv1', rejectUnauthorized: false, ca });").output, "f({ minVersion: 'TLSv1.2', ca });");
  });
  test('a shorthand insecure minVersion is rewritten', () => {
    assert.equal(safe("const minVersion = 'TLSv1.1';\nf({ minVersion, ca });").output, "const minVersion = 'TLSv1.1';\nf({ minVersion: 'TLSv1.2', ca });");
  });
  test('a safe minVersion is kept and not duplicated', () => {
    assert.equal(safe("f({ minVersion: 'TLSv1.3', rejectUnauthorized: false });").output, "f({ minVersion: 'TLSv1.3' });");
    assert.equal(safe('export const g = (minVersion) => f({ minVersion, rejectUnauthorized: false });').output, 'export const g = (minVersion) => f({ minVersion });');
  });
  test('a kept secureProtocol excludes minVersion: legacy versions are removed instead', () => {
    assert.equal(safe("f({ secureProtocol: 'TLSv1_2_method', minVersion: 'TLSv1', rejectUnauthorized: false });").output, "f({ secureProtocol: 'TLSv1_2_method' });");
  });
  test('a spread that may hold versions: nothing added', () => {
    assert.equal(safe('export const g = (base) => f({ ...base, rejectUnauthorized: false });').output, 'export const g = (base) => f({ ...base });');
    assert.equal(safe("const base = { secureProtocol: 'TLSv1_2_method' };\nf({ ...base, rejectUnauthorized: false });").output, "const base = { secureProtocol: 'TLSv1_2_method' };\nf({ ...base });");
  });
  test('a spread known to hold no versions: minVersion added', () => {
    assert.equal(safe("const base = { ca };\nf({ ...base, rejectUnauthorized: false });").output, "const base = { ca };\nf({ ...base, minVersion: 'TLSv1.2' });");
  });
  test('options that are not Node TLS options get no minVersion', () => {
    assert.equal(safe('f({ tls: true, tlsAllowInvalidHostnames: true });').output, 'f({ tls: true });');
    assert.equal(safe('f({ tlsAllowInvalidHostnames: true });').output, 'f({});');
  });
  test('only insecure options: the literal keeps just minVersion', () => {
    assert.equal(safe("f({\n  rejectUnauthorized: false,\n  secureProtocol: 'SSLv3_method',\n});").output, "f({\n  minVersion: 'TLSv1.2',\n});");
  });
  test('nothing insecure, or no literal: no fix', () => {
    assert.equal(safe("f({ rejectUnauthorized: true, minVersion: 'TLSv1.2', checkServerIdentity: tls.checkServerIdentity });").fix, undefined);
    const sf = parse('x.ts', 'f();');
    assert.equal(safeSettingsFix(createRuleContext(new FileModel(sf), 'x.ts', () => {}), undefined), undefined);
  });
  test('conditional insecure values count', () => {
    assert.equal(safe("f({ ca, minVersion: old ? 'TLSv1' : 'TLSv1.3' });").output, "f({ ca, minVersion: 'TLSv1.2' });");
  });  test('adds the servername require-servername asks for on the same options', () => {
    assert.equal(safeIn("import tls from 'tls';\ntls.connect({ host: 'db.example.com', rejectUnauthorized: false });", 'rejectUnauthorized').output,
      "import tls from 'tls';\ntls.connect({ host: 'db.example.com', minVersion: 'TLSv1.2', servername: 'db.example.com' });");
    // ioredis reads its TLS options under `tls`: the servername goes there.
    assert.equal(safeIn("import Redis from 'ioredis';\nnew Redis({ host: 'cache.example.com', tls: { rejectUnauthorized: false } });", 'rejectUnauthorized').output,
      "import Redis from 'ioredis';\nnew Redis({ host: 'cache.example.com', tls: { minVersion: 'TLSv1.2', servername: 'cache.example.com' } });");
  });
  test('no servername where the call sends SNI by itself, or has one', () => {
    assert.equal(safeIn("import https from 'https';\nhttps.request({ host: 'api.example.com', rejectUnauthorized: false });", 'rejectUnauthorized').output,
      "import https from 'https';\nhttps.request({ host: 'api.example.com', minVersion: 'TLSv1.2' });");
    assert.equal(safeIn("import tls from 'tls';\ntls.connect({ host: 'db.example.com', servername: 'db', rejectUnauthorized: false });", 'rejectUnauthorized').output,
      "import tls from 'tls';\ntls.connect({ host: 'db.example.com', servername: 'db', minVersion: 'TLSv1.2' });");
  });
  test('options it empties go with the key holding them, unless that key turns TLS on', () => {
    assert.equal(safeIn("import { defineConfig } from '@playwright/test';\nexport default defineConfig({ use: { ignoreHTTPSErrors: true } });", 'ignoreHTTPSErrors').output,
      "import { defineConfig } from '@playwright/test';\nexport default defineConfig({});");
    assert.equal(safeIn("import { MongoClient } from 'mongodb';\nnew MongoClient(uri, { tlsAllowInvalidHostnames: true });", 'tlsAllowInvalidHostnames').output,
      "import { MongoClient } from 'mongodb';\nnew MongoClient(uri, {});");
  });
});

/** The safe-settings fix for the innermost object literal holding `needle`, applied. */
function safeIn(code: string, needle: string): { fix: Fix | undefined; output?: string } {
  const sf = parse('x.ts', code);
  const ctx = createRuleContext(new FileModel(sf), 'x.ts', () => {});
  const at = code.indexOf(needle);
  let literal: ts.ObjectLiteralExpression | undefined;
  const visit = (n: ts.Node): void => {
    if (ts.isObjectLiteralExpression(n) && n.getStart(sf) < at && at < n.end) literal = n;
    ts.forEachChild(n, visit);
  };
  visit(sf);
  const fix = safeSettingsFix(ctx, literal);
  return { fix, output: fix && applyEdits(code, fix.edits) };
}

describe('untidy, the check the rule tester runs on every fix output', () => {
  test('counts an empty key: {} and an if left with nothing in a branch', () => {
    assert.equal(untidy("f({ tls: {} });\nif (a) {}\nif (b) x(); else ;\n"), 3);
    assert.equal(untidy('f({ tls: { ca } }, {});\nif (a) {} else { x(); }\nconst o = {};\n'), 0);
    assert.equal(untidy('f({ ssl: {} });', 'file.ts', 'ssl'), 0);
  });
});
