import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { noUnsafeSecureOptions } from '../../rules/no-unsafe-secure-options/index.js';
import { SAFE_SETTINGS_TITLE } from '../../rules/js/safe-settings.js';
import { lint, runRuleTests } from './rule-tester.js';

const TLS = "import tls from 'node:tls';\nimport crypto from 'node:crypto';\n";
const C = 'crypto.constants';
const remove = (flag: string) => `Remove ${flag} from secureOptions`;

runRuleTests(noUnsafeSecureOptions, {
  valid: [
    { name: 'hardening flags are never findings', code: `${TLS}tls.createServer({ secureOptions: ${C}.SSL_OP_NO_SSLv3 | ${C}.SSL_OP_NO_TLSv1 | ${C}.SSL_OP_NO_TLSv1_1 | ${C}.SSL_OP_NO_COMPRESSION | ${C}.SSL_OP_NO_RENEGOTIATION | ${C}.SSL_OP_NO_TICKET | ${C}.SSL_OP_CIPHER_SERVER_PREFERENCE | ${C}.SSL_OP_PRIORITIZE_CHACHA });\n` },
    { name: 'SSL_OP_ALL and the old constants module', filename: 'x.js', code: "const tls = require('tls');\nconst constants = require('constants');\ntls.connect({ host: 'h', secureOptions: constants.SSL_OP_ALL | constants.SSL_OP_NO_TLSv1 });\n" },
    { name: 'numbers made only of hardening bits', code: `${TLS}tls.connect({ host: 'h', secureOptions: 0x4000000 | 0x10000000 });\n` },
    { name: 'a client-only flag on a server does nothing', code: `${TLS}tls.createServer({ secureOptions: ${C}.SSL_OP_LEGACY_SERVER_CONNECT });\n` },
    { name: 'values the file does not know', code: `${TLS}tls.connect({ host: 'h', secureOptions: config.sslOptions | ${C}.SSL_OP_NO_TLSv1 });\n` },
    { name: 'removed constants are undefined, and `a | undefined` is a', code: `${TLS}tls.connect({ host: 'h', secureOptions: ${C}.SSL_OP_NO_TLSv1 | ${C}.SSL_OP_NETSCAPE_CA_DN_BUG });\n` },
    { name: 'other operators and look-alikes', code: `${TLS}const mask = ${C}.SSL_OP_NO_TLSv1_3 & 0;\ntls.connect({ host: 'h', secureOptions: mask });\nconst unrelated = { secureOptionsNote: 4 };\n` },
    { name: 'a later write removes the flag', code: `${TLS}const o = { host: 'h', secureOptions: ${C}.SSL_OP_NO_TLSv1_3 };\no.secureOptions = ${C}.SSL_OP_NO_TLSv1;\ntls.connect(o);\n` },
  ],
  invalid: [
    {
      name: 'the flag operand inside an OR is reported and removed from it',
      code: `${TLS}tls.connect({ host: 'h', secureOptions: ${C}.SSL_OP_NO_TLSv1 | ⟦${C}.SSL_OP_LEGACY_SERVER_CONNECT⟧ });\n`,
      messageIds: ['flag'],
      severities: ['warning'],
      messageIncludes: ['SSL_OP_LEGACY_SERVER_CONNECT in secureOptions allows servers without secure renegotiation.'],
      fixes: [{ title: remove('SSL_OP_LEGACY_SERVER_CONNECT'), output: `${TLS}tls.connect({ host: 'h', secureOptions: ${C}.SSL_OP_NO_TLSv1 });\n` }],
    },
    {
      name: 'every weakening flag, first in its chain and destructured',
      code: `${TLS}const { SSL_OP_NO_TLSv1, SSL_OP_ALLOW_UNSAFE_LEGACY_RENEGOTIATION, SSL_OP_NO_ENCRYPT_THEN_MAC, SSL_OP_TLS_ROLLBACK_BUG, SSL_OP_NO_TLSv1_3 } = crypto.constants;\ntls.createServer({ secureOptions: ⟦SSL_OP_ALLOW_UNSAFE_LEGACY_RENEGOTIATION⟧ | ⟦SSL_OP_NO_ENCRYPT_THEN_MAC⟧ | ⟦SSL_OP_TLS_ROLLBACK_BUG⟧ | ⟦SSL_OP_NO_TLSv1_3⟧ | SSL_OP_NO_TLSv1 });\n`,
      messageIds: ['flag', 'flag', 'flag', 'flag'],
      messageIncludes: ['SSL_OP_ALLOW_UNSAFE_LEGACY_RENEGOTIATION', 'encrypt-then-MAC', 'version-rollback', 'turns TLS 1.3 off'],
      fixes: [
        { title: remove('SSL_OP_ALLOW_UNSAFE_LEGACY_RENEGOTIATION'), output: `${TLS}const { SSL_OP_NO_TLSv1, SSL_OP_ALLOW_UNSAFE_LEGACY_RENEGOTIATION, SSL_OP_NO_ENCRYPT_THEN_MAC, SSL_OP_TLS_ROLLBACK_BUG, SSL_OP_NO_TLSv1_3 } = crypto.constants;\ntls.createServer({ secureOptions: SSL_OP_NO_ENCRYPT_THEN_MAC | SSL_OP_TLS_ROLLBACK_BUG | SSL_OP_NO_TLSv1_3 | SSL_OP_NO_TLSv1 });\n` },
        { title: remove('SSL_OP_NO_TLSv1_3'), finding: 3, output: `${TLS}const { SSL_OP_NO_TLSv1, SSL_OP_ALLOW_UNSAFE_LEGACY_RENEGOTIATION, SSL_OP_NO_ENCRYPT_THEN_MAC, SSL_OP_TLS_ROLLBACK_BUG, SSL_OP_NO_TLSv1_3 } = crypto.constants;\ntls.createServer({ secureOptions: SSL_OP_ALLOW_UNSAFE_LEGACY_RENEGOTIATION | SSL_OP_NO_ENCRYPT_THEN_MAC | SSL_OP_TLS_ROLLBACK_BUG | SSL_OP_NO_TLSv1 });\n` },
      ],
    },
    {
      name: 'the only flag: the property goes',
      code: `${TLS}tls.connect({\n  host: 'h',\n  secureOptions: ⟦${C}.SSL_OP_NO_TLSv1_3⟧,\n  port: 443,\n});\n`,
      fixes: [{ title: remove('SSL_OP_NO_TLSv1_3'), output: `${TLS}tls.connect({\n  host: 'h',\n  port: 443,\n});\n` }],
    },
    {
      name: 'a number by its value: 0x400 is SSL_OP_ALLOW_NO_DHE_KEX',
      code: `${TLS}tls.createSecureContext({ secureOptions: ⟦0x400⟧ | ${C}.SSL_OP_NO_SSLv3 });\n`,
      messageIncludes: ['SSL_OP_ALLOW_NO_DHE_KEX in secureOptions lets TLS 1.3 resumption skip (EC)DHE, losing forward secrecy.'],
      fixes: [{ title: remove('SSL_OP_ALLOW_NO_DHE_KEX'), output: `${TLS}tls.createSecureContext({ secureOptions: ${C}.SSL_OP_NO_SSLv3 });\n` }],
    },
    {
      name: 'a number holding weakening and hardening bits keeps the hardening ones, in its radix',
      code: `${TLS}tls.connect({ host: 'h', secureOptions: ⟦0x4040004⟧ });\ntls.connect({ host: 'h', secureOptions: ⟦67108868⟧ });\n`,
      messageIds: ['flags', 'flag'],
      messageIncludes: ['SSL_OP_LEGACY_SERVER_CONNECT | SSL_OP_ALLOW_UNSAFE_LEGACY_RENEGOTIATION in secureOptions: 2 flags that weaken TLS.', 'SSL_OP_LEGACY_SERVER_CONNECT in secureOptions allows servers without secure renegotiation.'],
      fixes: [
        { title: remove('SSL_OP_LEGACY_SERVER_CONNECT and SSL_OP_ALLOW_UNSAFE_LEGACY_RENEGOTIATION'), output: `${TLS}tls.connect({ host: 'h', secureOptions: 0x4000000 });\ntls.connect({ host: 'h', secureOptions: 67108868 });\n` },
        { title: remove('SSL_OP_LEGACY_SERVER_CONNECT'), finding: 1, output: `${TLS}tls.connect({ host: 'h', secureOptions: 0x4040004 });\ntls.connect({ host: 'h', secureOptions: 67108864 });\n` },
      ],
    },
    {
      name: 'flags from a variable are reported on the property',
      code: `${TLS}const LEGACY = ${C}.SSL_OP_LEGACY_SERVER_CONNECT | ${C}.SSL_OP_ALLOW_UNSAFE_LEGACY_RENEGOTIATION;\ntls.connect({ host: 'h', ⟦secureOptions: LEGACY | ${C}.SSL_OP_NO_TLSv1⟧ });\n`,
      messageIds: ['properties'],
      messageIncludes: ['secureOptions includes SSL_OP_LEGACY_SERVER_CONNECT and SSL_OP_ALLOW_UNSAFE_LEGACY_RENEGOTIATION: 2 flags that weaken TLS.'],
    },
    {
      name: 'a conditional value says when; a shorthand property',
      filename: 'x.js',
      code: "const tls = require('tls');\nconst { constants } = require('crypto');\ntls.connect({ host: 'h', ⟦secureOptions: old ? constants.SSL_OP_NO_TLSv1_3 : 0⟧ });\nconst secureOptions = ⟦constants.SSL_OP_TLS_ROLLBACK_BUG⟧;\ntls.createServer({ secureOptions });\n",
      messageIds: ['property', 'property'],
      messageIncludes: ['secureOptions (when old is truthy) includes SSL_OP_NO_TLSv1_3, which turns TLS 1.3 off, leaving TLS 1.2 as the best protocol.', 'secureOptions includes SSL_OP_TLS_ROLLBACK_BUG'],
    },
    {
      // A value computed from several flags says nothing where it is written: the option that uses it
      // (a client here; on a server SSL_OP_LEGACY_SERVER_CONNECT would do nothing) is where it acts.
      name: 'a constant combining flags is reported at the secureOptions property that uses it, as the page says; a constant naming one flag at its name there',
      filename: 'x.js',
      code: "const tls = require('node:tls');\nconst { constants } = require('node:crypto');\nconst LEGACY_FLAGS = constants.SSL_OP_LEGACY_SERVER_CONNECT | constants.SSL_OP_NO_SSLv3;\nconst ROLLBACK = constants.SSL_OP_TLS_ROLLBACK_BUG;\ntls.connect({ host: 'h', servername: 'h', ⟦secureOptions: LEGACY_FLAGS⟧ });\ntls.connect({ host: 'h', servername: 'h', secureOptions: ⟦ROLLBACK⟧ });\n",
      messageIds: ['property', 'flag'],
      messageIncludes: ['secureOptions includes SSL_OP_LEGACY_SERVER_CONNECT', 'SSL_OP_TLS_ROLLBACK_BUG'],
    },
    {
      name: 'a flag inline and another from a variable: one finding each',
      code: `${TLS}const extra = ${C}.SSL_OP_NO_TLSv1_3 | ${C}.SSL_OP_NO_SSLv3;\nnew tls.TLSSocket(raw, { ⟦secureOptions: extra | ⟦${C}.SSL_OP_NO_ENCRYPT_THEN_MAC⟧⟧ });\n`,
      messageIds: ['property', 'flag'],
      messageIncludes: ['includes SSL_OP_NO_TLSv1_3', 'SSL_OP_NO_ENCRYPT_THEN_MAC in secureOptions turns off encrypt-then-MAC, exposing CBC to padding oracles.'],
    },
    {
      name: 'a constant under another name is still the flag operand',
      code: `${TLS}const NO_13 = ${C}.SSL_OP_NO_TLSv1_3;\ntls.connect({ host: 'h', secureOptions: ⟦NO_13⟧ | ${C}.SSL_OP_NO_TLSv1 });\n`,
      messageIds: ['flag'],
      fixes: [{ title: remove('SSL_OP_NO_TLSv1_3'), output: `${TLS}const NO_13 = ${C}.SSL_OP_NO_TLSv1_3;\ntls.connect({ host: 'h', secureOptions: ${C}.SSL_OP_NO_TLSv1 });\n` }],
    },
    {
      name: 'in an https.Agent and a loose options bag, inside parentheses',
      code: `${TLS}import https from 'node:https';\nnew https.Agent({ secureOptions: (${C}.SSL_OP_NO_SSLv3 | ⟦${C}.SSL_OP_LEGACY_SERVER_CONNECT⟧) });\nexport const options = { secureOptions: ${C}.SSL_OP_NO_TLSv1 | (⟦${C}.SSL_OP_ALLOW_NO_DHE_KEX⟧) };\n`,
      fixes: [
        { title: remove('SSL_OP_LEGACY_SERVER_CONNECT'), output: `${TLS}import https from 'node:https';\nnew https.Agent({ secureOptions: (${C}.SSL_OP_NO_SSLv3) });\nexport const options = { secureOptions: ${C}.SSL_OP_NO_TLSv1 | (${C}.SSL_OP_ALLOW_NO_DHE_KEX) };\n` },
        { title: remove('SSL_OP_ALLOW_NO_DHE_KEX'), finding: 1, output: `${TLS}import https from 'node:https';\nnew https.Agent({ secureOptions: (${C}.SSL_OP_NO_SSLv3 | ${C}.SSL_OP_LEGACY_SERVER_CONNECT) });\nexport const options = { secureOptions: ${C}.SSL_OP_NO_TLSv1 };\n` },
      ],
    },
  ],
});

describe('no-unsafe-secure-options fix kinds', () => {
  test('only dropping SSL_OP_ALLOW_NO_DHE_KEX keeps every peer connecting: it alone is safe', () => {
    const flags = ['SSL_OP_LEGACY_SERVER_CONNECT', 'SSL_OP_ALLOW_UNSAFE_LEGACY_RENEGOTIATION', 'SSL_OP_ALLOW_NO_DHE_KEX', 'SSL_OP_NO_ENCRYPT_THEN_MAC', 'SSL_OP_TLS_ROLLBACK_BUG', 'SSL_OP_NO_TLSv1_3'];
    const code = `${TLS}tls.connect({ host: 'h', secureOptions: ${flags.map((f) => `${C}.${f}`).join(' | ')} });\n`;
    const kinds = lint(noUnsafeSecureOptions, code).map((f) => f.fixes.filter((x) => x.title !== SAFE_SETTINGS_TITLE).map((x) => `${x.kind}: ${x.title}`));
    assert.deepEqual(kinds, flags.map((f) => [`${f === 'SSL_OP_ALLOW_NO_DHE_KEX' ? 'safe' : 'suggestion'}: ${remove(f)}`]));
  });

  test('a number with a safe and an unsafe flag is a suggestion', () => {
    const [f] = lint(noUnsafeSecureOptions, `${TLS}tls.connect({ host: 'h', secureOptions: 0x404 });\n`);
    assert.deepEqual(f.fixes.filter((x) => x.title !== SAFE_SETTINGS_TITLE).map((x) => x.kind), ['suggestion']);
  });
});

describe('no-unsafe-secure-options: fixes that do not fix (found by the fuzzer)', () => {
  test('"Apply safe TLS settings" is not offered when it would keep secureOptions', () => {
    // 2148007936 is SSL_OP_ALL | SSL_OP_NO_ENCRYPT_THEN_MAC: the settings remove only values made of
    // weakening flags, so applied here they removed rejectUnauthorized and left this finding.
    const code = `${TLS}const o = { rejectUnauthorized: false, secureOptions: a ? 0 : 2148007936 };\ntls.connect(o);\n`;
    const [finding] = lint(noUnsafeSecureOptions, code);
    assert.equal(finding.messageId, 'property');
    assert.deepEqual(finding.fixes.map((x) => x.title), []);
    const removable = lint(noUnsafeSecureOptions, `${TLS}tls.connect({ rejectUnauthorized: false, secureOptions: ${C}.SSL_OP_LEGACY_SERVER_CONNECT });\n`);
    assert.ok(removable[0].fixes.some((x) => x.title === SAFE_SETTINGS_TITLE));
  });
});
