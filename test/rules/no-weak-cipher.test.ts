import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MOZILLA_INTERMEDIATE_CIPHERS, NODE_DEFAULT_CIPHERS } from '../../rules/ciphers/weakness.js';
import { noWeakCipher } from '../../rules/no-weak-cipher/index.js';
import { OPTION_CHECKS } from '../../server/src/lang/js/option-checks.js';
import { isNodeDefaultLike } from '../../rules/ciphers/weakness.js';
import { cipherListFlag, cipherProblems, isInsecureCipherString } from '../../rules/common/cipher-strings.js';
import { SAFE_SETTINGS_TITLE } from '../../rules/js/safe-settings.js';
import { applyEdits } from '../../server/src/engine/fixes.js';
import { fixText } from '../../server/src/linter/index.js';
import { lint, runRuleTests, stripMarkers, type InvalidCase } from './rule-tester.js';

const TLS = "import tls from 'node:tls';\n";
const MOZ = `'${MOZILLA_INTERMEDIATE_CIPHERS}'`;
const REPLACE = 'Replace the cipher list with the Mozilla intermediate list';
const REMOVE = 'Remove the ciphers option (use the Node.js default list)';
const add = (list: string) => `Add '${list}' to exclude the weak suites`;
const del = (element: string) => `Remove '${element}' from the cipher list`;

// "Apply safe TLS settings" covers ciphers once no-weak-cipher declares its option check.
const safeSettingsCoversCiphers = OPTION_CHECKS.some((c) => c.key === 'ciphers');
const safeSettingsCases: InvalidCase[] = safeSettingsCoversCiphers ? [{
  name: 'apply safe TLS settings removes an insecure ciphers option',
  code: `${TLS}tls.connect({ host: 'example.com', ciphers: '⟦RC4-SHA⟧:ECDHE+AESGCM' });`,
  fixes: [{ title: SAFE_SETTINGS_TITLE, output: `${TLS}tls.connect({ host: 'example.com', minVersion: 'TLSv1.2', servername: 'example.com' });` }],
}] : [];

runRuleTests(noWeakCipher, {
  valid: [
    `${TLS}tls.createServer({ key, cert });`,
    // Node's default, however it is written, and the default with exclusions appended.
    `${TLS}tls.createServer({ key, cert, ciphers: tls.DEFAULT_CIPHERS });`,
    `${TLS}tls.createServer({ key, cert, ciphers: '${NODE_DEFAULT_CIPHERS}' });`,
    `${TLS}import crypto from 'node:crypto';\ntls.createServer({ key, cert, ciphers: crypto.constants.defaultCipherList });`,
    `${TLS}tls.createServer({ key, cert, ciphers: tls.DEFAULT_CIPHERS + ':!DHE:!SHA1' });`,
    `${TLS}tls.createServer({ key, cert, ciphers: '' });`,
    // Mozilla intermediate, modern (TLS 1.3 only) and other strong lists.
    `${TLS}tls.createServer({ key, cert, ciphers: ${MOZ} });`,
    `${TLS}tls.createServer({ key, cert, ciphers: 'TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256', minVersion: 'TLSv1.3' });`,
    `${TLS}tls.connect({ host: 'example.com', ciphers: 'ECDHE+AESGCM:ECDHE+CHACHA20' });`,
    // Exclusions and reorderings enable nothing.
    `${TLS}tls.connect({ host: 'example.com', ciphers: 'ECDHE+AESGCM:!RC4:!aNULL:!eNULL:!EXPORT:!DES:!3DES:!MD5:-SHA1:+AES256' });`,
    `${TLS}tls.DEFAULT_CIPHERS = ${MOZ};`,
    `${TLS}tls.DEFAULT_CIPHERS += ':!kRSA';`,
    // Not cipher strings: a crypto UI's list, a symmetric cipher name, unrelated objects.
    "import { render } from './ui';\nrender({ ciphers: ['aes', 'des'] });\nexport const crypto = { ciphers: 'aes-256-cbc', hash: 'sha1' };",
    "export const quiz = { ciphers: 'caesar, vigenere' };\nexport function f(o) { o.ciphers = 'rot13'; }",
    // Outside TLS options, a value that would only be information is not reported: `'AES'` may be a UI choice.
    "import { encrypt } from './vault';\nencrypt(data, { ciphers: 'AES' });\nexport const tlsDefaults = { ciphers: 'HIGH:!aNULL:!MD5' };",
    // Strings Node rejects (it throws, nothing is negotiated): another problem, not this rule's.
    `${TLS}tls.createServer({ key, cert, ciphers: 'nonsense' });\ntls.createServer({ key, cert, ciphers: 'RC4-SHA:HIGH*' });`,
    // Reads, comments, strings that merely mention weak suites.
    `${TLS}// tls.createServer({ ciphers: 'RC4-SHA' })\nexport const weak = tls.DEFAULT_CIPHERS.includes('RC4');\nconst help = 'never use ciphers: "RC4-SHA"';`,
    // A shadowed tls is not the module.
    "export function setup(tls) {\n  tls.DEFAULT_CIPHERS = 'ALL';\n}",
    // A later write wins before the options are used; a dead branch is not taken.
    `${TLS}const opts = { host: 'example.com', ciphers: 'RC4-SHA:HIGH' };\nopts.ciphers = 'ECDHE+AESGCM';\ntls.connect(opts);`,
    `${TLS}const legacy = false;\ntls.connect({ host: 'example.com', ciphers: legacy ? 'RC4-SHA:HIGH' : 'ECDHE+AESGCM' });`,
    // The command-line flag with a strong list, and flags that are not the cipher list.
    `process.env.NODE_OPTIONS = '--tls-cipher-list=ECDHE+AESGCM --max-old-space-size=4096';\nconst args = ['--tls-min-v1.2', '--no-tls-cipher-list=ALL'];`,
  ],
  invalid: [
    {
      name: 'RC4 named explicitly: error on the element, the static-RSA suite next to it a warning',
      code: `${TLS}tls.createServer({\n  key,\n  cert,\n  ciphers: '⟦RC4-SHA⟧:⟦AES128-SHA⟧:ECDHE+AESGCM',\n});\n`,
      messageIds: ['insecure', 'weak'],
      severities: ['error', 'warning'],
      messageIncludes: ["'RC4-SHA' in ciphers enables RC4, prohibited by RFC 7465: that traffic can be read or forged.", "'AES128-SHA' in ciphers enables static RSA and CBC-SHA1, no longer recommended (RFC 9325)."],
      fixes: [
        // The safe fix takes out the error and nothing else: AES128-SHA, only a warning, stays.
        { title: del('RC4-SHA'), output: `${TLS}tls.createServer({\n  key,\n  cert,\n  ciphers: 'AES128-SHA:ECDHE+AESGCM',\n});\n` },
        { title: REPLACE, output: `${TLS}tls.createServer({\n  key,\n  cert,\n  ciphers: ${MOZ},\n});\n` },
        { title: REMOVE, output: `${TLS}tls.createServer({\n  key,\n  cert,\n});\n` },
      ],
    },
    {
      name: 'RC4 as the only TLS 1.2 suite: removing it would leave nothing, so no safe fix',
      code: `${TLS}tls.connect({ host: 'example.com', ciphers: '⟦RC4-SHA⟧' });`,
      severities: ['error'],
      fixes: [{ title: REMOVE, output: `${TLS}tls.connect({ host: 'example.com' });` }],
    },
    {
      name: '3DES',
      code: `${TLS}tls.connect({ host: 'example.com', ciphers: 'ECDHE-RSA-AES128-GCM-SHA256:⟦DES-CBC3-SHA⟧' });`,
      severities: ['error'],
      messageIncludes: ["'DES-CBC3-SHA' in ciphers enables 3DES, open to Sweet32: that traffic can be read or forged."],
      fixes: [{ title: del('DES-CBC3-SHA'), output: `${TLS}tls.connect({ host: 'example.com', ciphers: 'ECDHE-RSA-AES128-GCM-SHA256' });` }],
    },
    {
      name: 'NULL encryption, by name and by keyword',
      code: `${TLS}tls.connect({ host: 'example.com', ciphers: '⟦NULL-SHA256⟧:ECDHE+AESGCM' });\ntls.createServer({ ciphers: 'ECDHE+AESGCM:⟦eNULL⟧' });`,
      severities: ['error', 'error'],
      messageIncludes: ["'NULL-SHA256' in ciphers enables NULL encryption (none at all)", "'eNULL' in ciphers enables 20 weak suites (NULL encryption, anonymous and more)"],
      fixes: [
        { title: del('NULL-SHA256'), output: `${TLS}tls.connect({ host: 'example.com', ciphers: 'ECDHE+AESGCM' });\ntls.createServer({ ciphers: 'ECDHE+AESGCM:eNULL' });` },
        { title: del('eNULL'), finding: 1, output: `${TLS}tls.connect({ host: 'example.com', ciphers: 'NULL-SHA256:ECDHE+AESGCM' });\ntls.createServer({ ciphers: 'ECDHE+AESGCM' });` },
      ],
    },
    {
      name: 'anonymous suites: aNULL after HIGH, and ADH by name',
      code: `${TLS}tls.createServer({ ciphers: '⟦HIGH⟧:⟦aNULL⟧' });\ntls.connect({ host: 'example.com', ciphers: '⟦ADH-AES256-GCM-SHA384⟧:ECDHE+AESGCM' });`,
      severities: ['info', 'error', 'error'],
      messageIncludes: ["as Node's default list does", '9 weak suites (anonymous, RC4 and more)', 'unauthenticated key exchange (aNULL)'],
      fixes: [
        { title: del('aNULL'), finding: 1, output: `${TLS}tls.createServer({ ciphers: 'HIGH' });\ntls.connect({ host: 'example.com', ciphers: 'ADH-AES256-GCM-SHA384:ECDHE+AESGCM' });` },
        { title: del('ADH-AES256-GCM-SHA384'), finding: 2, output: `${TLS}tls.createServer({ ciphers: 'HIGH:aNULL' });\ntls.connect({ host: 'example.com', ciphers: 'ECDHE+AESGCM' });` },
      ],
    },
    {
      name: 'EXPORT in a double-quoted string: the replacement keeps the quotes',
      code: `${TLS}tls.createServer({ ciphers: "⟦EXPORT⟧:⟦HIGH⟧" });`,
      severities: ['error', 'info'],
      messageIncludes: ["'EXPORT' in ciphers enables 17 weak suites (export, DES and more)", "as Node's default list does"],
      fixes: [
        { title: del('EXPORT'), output: `${TLS}tls.createServer({ ciphers: "HIGH" });` },
        { title: REPLACE, output: `${TLS}tls.createServer({ ciphers: "${MOZILLA_INTERMEDIATE_CIPHERS}" });` },
      ],
    },
    {
      name: 'MD5',
      code: `${TLS}tls.createServer({ ciphers: '⟦HIGH⟧:⟦MD5⟧' });`,
      severities: ['info', 'error'],
      fixes: [{ title: del('MD5'), finding: 1, output: `${TLS}tls.createServer({ ciphers: 'HIGH' });` }],
    },
    {
      name: '@SECLEVEL=0 is an error of its own; removing it is a suggestion',
      code: `${TLS}tls.createServer({ ciphers: '⟦DEFAULT⟧:⟦@SECLEVEL=0⟧' });`,
      messageIds: ['info', 'secLevelZero'],
      severities: ['info', 'error'],
      messageIncludes: ["'DEFAULT' in ciphers", "'@SECLEVEL=0' in ciphers sets OpenSSL's security level to 0, allowing anonymous and NULL suites and short keys."],
      fixes: [{ title: "Remove '@SECLEVEL=0' from the cipher string", finding: 1, output: `${TLS}tls.createServer({ ciphers: 'DEFAULT' });` }],
    },
    {
      name: 'ALL: a warning, which no safe fix touches (its suites still connect peers)',
      code: `${TLS}tls.createServer({ key, cert, ciphers: '⟦ALL⟧:!aNULL' });`,
      messageIds: ['weak'],
      severities: ['warning'],
      messageIncludes: ["'ALL' in ciphers enables 194 weak suites (PSK, finite-field DHE and more), no longer recommended (RFC 9325)."],
      fixes: [{ title: REPLACE, output: `${TLS}tls.createServer({ key, cert, ciphers: ${MOZ} });` }],
    },
    {
      name: 'kRSA and PSK: warnings',
      code: `${TLS}tls.createServer({ ciphers: 'ECDHE+AESGCM:⟦kRSA⟧' });\ntls.createServer({ ciphers: 'ECDHE+AESGCM:⟦PSK⟧' });`,
      severities: ['warning', 'warning'],
      messageIncludes: ['30 weak suites (static RSA, CBC-SHA1 and more)', '68 weak suites (PSK, finite-field DHE and more)'],
      fixes: [{ title: REMOVE, finding: 1, output: `${TLS}tls.createServer({ ciphers: 'ECDHE+AESGCM:kRSA' });\ntls.createServer({});` }],
    },
    {
      name: 'a TLS 1.2 DHE suite named explicitly is a warning, even one Node\'s default also names',
      code: `${TLS}tls.createServer({ ciphers: 'ECDHE-RSA-AES128-GCM-SHA256:⟦DHE-RSA-AES128-GCM-SHA256⟧' });`,
      messageIds: ['weak'],
      severities: ['warning'],
      messageIncludes: ["'DHE-RSA-AES128-GCM-SHA256' in ciphers enables finite-field DHE, no longer recommended (RFC 9325)."],
    },
    {
      name: 'HIGH:!aNULL:!MD5 is information only',
      code: `${TLS}tls.createServer({ ciphers: '⟦HIGH⟧:!aNULL:!MD5' });`,
      severities: ['info'],
      messageIncludes: ["'HIGH' in ciphers also enables 133 suites (PSK, finite-field DHE and more), as Node's default list does."],
    },
    {
      name: 'the CCM-8 TLS 1.3 suite: a warning that exclusions cannot fix (TLS 1.3 suites are not in the cipher list)',
      code: `${TLS}tls.createServer({ ciphers: '⟦TLS_AES_128_CCM_8_SHA256⟧:TLS_AES_128_GCM_SHA256:ECDHE+AESGCM' });`,
      severities: ['warning'],
      messageIncludes: ['a 64-bit CCM-8 tag'],
      fixes: [{ title: REPLACE, output: `${TLS}tls.createServer({ ciphers: ${MOZ} });` }],
    },
    {
      name: 'computed strings are reported at the option, with suggestions only',
      code: `${TLS}const LEGACY = 'RC4-SHA';\ntls.createServer({ ⟦ciphers: LEGACY + ':ECDHE+AESGCM'⟧ });\ntls.createServer({ ⟦ciphers: \`ECDHE+AESGCM:\${LEGACY}\`⟧ });\ntls.createServer({ ⟦ciphers: ['ECDHE+AESGCM', 'kRSA'].join(':')⟧ });`,
      severities: ['error', 'error', 'warning'],
      messageIncludes: ["ciphers 'RC4-SHA:ECDHE+AESGCM' enables RC4-SHA (RC4)", "ciphers 'ECDHE+AESGCM:RC4-SHA' enables RC4-SHA (RC4)", "ciphers 'ECDHE+AESGCM:kRSA' enables 30 weak suites"],
      fixes: [
        { title: REPLACE, output: `${TLS}const LEGACY = 'RC4-SHA';\ntls.createServer({ ciphers: ${MOZ} });\ntls.createServer({ ciphers: \`ECDHE+AESGCM:\${LEGACY}\` });\ntls.createServer({ ciphers: ['ECDHE+AESGCM', 'kRSA'].join(':') });` },
        { title: REMOVE, finding: 2, output: `${TLS}const LEGACY = 'RC4-SHA';\ntls.createServer({ ciphers: LEGACY + ':ECDHE+AESGCM' });\ntls.createServer({ ciphers: \`ECDHE+AESGCM:\${LEGACY}\` });\ntls.createServer({});` },
      ],
    },
    {
      name: 'a conditional string: the weak branch is reported, and says when',
      code: `${TLS}tls.createServer({ ciphers: process.env.LEGACY_CLIENTS ? '⟦DES-CBC3-SHA⟧:ECDHE+AESGCM' : 'ECDHE+AESGCM' });`,
      severities: ['error'],
      messageIncludes: ["'DES-CBC3-SHA' in ciphers (when LEGACY_CLIENTS is truthy) enables 3DES"],
      fixes: [
        { title: del('DES-CBC3-SHA'), output: `${TLS}tls.createServer({ ciphers: process.env.LEGACY_CLIENTS ? 'ECDHE+AESGCM' : 'ECDHE+AESGCM' });` },
        { title: REPLACE, output: `${TLS}tls.createServer({ ciphers: ${MOZ} });` },
      ],
    },
    {
      name: 'a literal with an escape sequence is reported at the option; the exclusions still go at its end',
      code: `${TLS}tls.createServer({ ⟦ciphers: 'RC4\\x2dSHA:ECDHE+AESGCM'⟧ });`,
      severities: ['error'],
      messageIncludes: ["ciphers 'RC4-SHA:ECDHE+AESGCM' enables RC4-SHA"],
      fixes: [{ title: add('!RC4'), output: `${TLS}tls.createServer({ ciphers: 'RC4\\x2dSHA:ECDHE+AESGCM:!RC4' });` }],
    },
    {
      name: 'a constant used through a shorthand: reported in the constant',
      filename: 'server.js',
      code: "const tls = require('node:tls');\nconst ciphers = 'ECDHE+AESGCM:⟦3DES⟧';\nmodule.exports = tls.createServer({ key, cert, ciphers });",
      severities: ['error'],
      fixes: [
        { title: del('3DES'), output: "const tls = require('node:tls');\nconst ciphers = 'ECDHE+AESGCM';\nmodule.exports = tls.createServer({ key, cert, ciphers });" },
        { title: REPLACE, output: `const tls = require('node:tls');\nconst ciphers = 'ECDHE+AESGCM:3DES';\nmodule.exports = tls.createServer({ key, cert, ciphers: ${MOZ} });` },
      ],
    },
    {
      name: 'tls.DEFAULT_CIPHERS assignment',
      filename: 'boot.js',
      code: "const tls = require('tls');\ntls.DEFAULT_CIPHERS = 'ECDHE+AESGCM:⟦RC4⟧';\nstart();\n",
      severities: ['error'],
      messageIncludes: ["'RC4' in tls.DEFAULT_CIPHERS enables 21 weak suites (RC4, export and more)"],
      fixes: [
        { title: del('RC4'), output: "const tls = require('tls');\ntls.DEFAULT_CIPHERS = 'ECDHE+AESGCM';\nstart();\n" },
        { title: REPLACE, output: `const tls = require('tls');\ntls.DEFAULT_CIPHERS = ${MOZ};\nstart();\n` },
        { title: 'Remove the tls.DEFAULT_CIPHERS assignment', output: "const tls = require('tls');\nstart();\n" },
      ],
    },
    {
      name: 'tls.DEFAULT_CIPHERS through Object.assign',
      code: `${TLS}Object.assign(tls, { DEFAULT_MIN_VERSION: 'TLSv1.2', DEFAULT_CIPHERS: '⟦ALL⟧' });`,
      severities: ['warning'],
      fixes: [{ title: 'Remove tls.DEFAULT_CIPHERS from Object.assign', output: `${TLS}Object.assign(tls, { DEFAULT_MIN_VERSION: 'TLSv1.2' });` }],
    },
    {
      name: 'library option paths: got https, request agentOptions, pg and mysql2 ssl, nodemailer tls',
      keepsEmpty: { key: 'ssl', why: "pg's ssl turns TLS on: an emptied one stays" },
      code: [
        "import got from 'got';",
        "import request from 'request';",
        "import pg from 'pg';",
        "import mysql from 'mysql2';",
        "import nodemailer from 'nodemailer';",
        "got('https://api.example.com', { https: { ciphers: '⟦AES128-SHA⟧:ECDHE+AESGCM' } });",
        "request({ url: 'https://api.example.com', agentOptions: { ciphers: '⟦NULL-SHA256⟧:ECDHE+AESGCM' } });",
        "new pg.Client({ ssl: { ciphers: 'ECDHE+AESGCM:⟦RC4-MD5⟧' } });",
        "mysql.createConnection({ host: 'db', ssl: { ciphers: 'ECDHE+AESGCM:⟦ADH-AES128-SHA⟧' } });",
        "nodemailer.createTransport({ host: 'smtp.example.com', tls: { ciphers: '⟦SSLv3⟧' } });",
      ].join('\n'),
      severities: ['warning', 'error', 'error', 'error', 'warning'],
      fixes: [{ title: REMOVE, finding: 4, output: [
        "import got from 'got';",
        "import request from 'request';",
        "import pg from 'pg';",
        "import mysql from 'mysql2';",
        "import nodemailer from 'nodemailer';",
        "got('https://api.example.com', { https: { ciphers: 'AES128-SHA:ECDHE+AESGCM' } });",
        "request({ url: 'https://api.example.com', agentOptions: { ciphers: 'NULL-SHA256:ECDHE+AESGCM' } });",
        "new pg.Client({ ssl: { ciphers: 'ECDHE+AESGCM:RC4-MD5' } });",
        "mysql.createConnection({ host: 'db', ssl: { ciphers: 'ECDHE+AESGCM:ADH-AES128-SHA' } });",
        // nodemailer's tls only holds options: an emptied one goes.
        "nodemailer.createTransport({ host: 'smtp.example.com' });",
      ].join('\n') }],
    },
    {
      name: 'options handed to unknown code, and this.ciphers writes, when the value is a cipher string',
      code: "import { makeAgent } from './agent';\nmakeAgent({ ciphers: 'ECDHE+AESGCM:⟦EXPORT⟧' });\nexport class Gateway {\n  constructor() {\n    this.ciphers = '⟦kRSA⟧:ECDHE+AESGCM';\n  }\n}",
      severities: ['error', 'warning'],
      fixes: [{ title: REMOVE, finding: 1, output: "import { makeAgent } from './agent';\nmakeAgent({ ciphers: 'ECDHE+AESGCM:EXPORT' });\nexport class Gateway {\n  constructor() {\n  }\n}" }],
    },
    {
      name: '--tls-cipher-list in NODE_OPTIONS and execArgv',
      filename: 'launch.js',
      code: "const { fork } = require('node:child_process');\nprocess.env.NODE_OPTIONS = '--max-old-space-size=4096 --tls-cipher-list=ECDHE+AESGCM:⟦3DES⟧';\nfork('worker.js', { execArgv: ['--tls-cipher-list=⟦ALL⟧'] });",
      severities: ['error', 'warning'],
      messageIncludes: ["'3DES' in --tls-cipher-list enables 20 weak suites (3DES, anonymous and more)", "'ALL' in --tls-cipher-list enables"],
      fixes: [{ title: del('3DES'), output: "const { fork } = require('node:child_process');\nprocess.env.NODE_OPTIONS = '--max-old-space-size=4096 --tls-cipher-list=ECDHE+AESGCM';\nfork('worker.js', { execArgv: ['--tls-cipher-list=ALL'] });" }],
    },
    {
      name: 'TSX file with an https.Agent',
      filename: 'page.tsx',
      code: "import https from 'node:https';\nconst agent = new https.Agent({ ciphers: '⟦DES-CBC3-SHA⟧:ECDHE+AESGCM' });\nexport const Page = () => <div data-agent={String(agent)} />;",
      fixes: [{ title: del('DES-CBC3-SHA'), output: "import https from 'node:https';\nconst agent = new https.Agent({ ciphers: 'ECDHE+AESGCM' });\nexport const Page = () => <div data-agent={String(agent)} />;" }],
    },
    ...safeSettingsCases,
  ],
});

describe('no-weak-cipher fix grading', () => {
  it('information findings carry no safe fix', () => {
    const { code } = stripMarkers(`${TLS}tls.createServer({ ciphers: 'HIGH:!aNULL:!MD5' });\ntls.createServer({ ciphers: 'DEFAULT:!RC4' });`);
    const findings = lint(noWeakCipher, code);
    assert.deepEqual(findings.map((f) => f.severity), ['info', 'info']);
    for (const f of findings) assert.deepEqual(f.fixes.map((x) => x.kind), ['suggestion', 'suggestion']);
  });

  it('each error-level element gets its own safe fix, which takes out that element and nothing else', () => {
    // The string of issue 18: fix-all appended `:!MEDIUM` and left the named suites as dead tokens.
    const code = `${TLS}tls.createServer({ ciphers: 'HIGH:!aNULL:RC4-SHA:DES-CBC3-SHA' });`;
    const findings = lint(noWeakCipher, code);
    assert.deepEqual(findings.map((f) => f.severity), ['info', 'error', 'error']);
    assert.deepEqual(findings.map((f) => f.fixes.filter((x) => x.kind === 'safe').map((x) => x.title)), [[], [del('RC4-SHA')], [del('DES-CBC3-SHA')]]);
    const fixed = fixText('file.ts', code, { prefilter: false, rules: [noWeakCipher] }, 'safe');
    assert.equal(fixed.fixedText, `${TLS}tls.createServer({ ciphers: 'HIGH:!aNULL' });`);
  });

  it('warnings never get a safe fix: their suites still connect peers', () => {
    for (const ciphers of ['COMPLEMENTOFDEFAULT:HIGH', 'ECDHE+AESGCM:kRSA', 'AES128-SHA:ECDHE+AESGCM', 'ALL']) {
      const findings = lint(noWeakCipher, `${TLS}tls.createServer({ ciphers: '${ciphers}' });`);
      assert.ok(findings.some((f) => f.severity === 'warning'), ciphers);
      assert.deepEqual(findings.flatMap((f) => f.fixes.filter((x) => x.kind === 'safe')), [], ciphers);
    }
  });

  it('a keyword whose error suites come with warnings loses only the error suites (MEDIUM keeps its SEED suites)', () => {
    const code = `${TLS}tls.createServer({ ciphers: 'ECDHE+AESGCM:MEDIUM' });`;
    const [finding] = lint(noWeakCipher, code);
    assert.equal(finding.severity, 'error');
    const safe = finding.fixes.filter((x) => x.kind === 'safe');
    assert.deepEqual(safe.map((x) => x.title), [add('!aNULL:!RC4:!3DES:!IDEA')]);
    assert.deepEqual(lint(noWeakCipher, applyEdits(code, safe[0].edits)).map((f) => `${f.severity} ${f.message}`), ["warning 'MEDIUM' in ciphers enables 5 weak suites (CBC-SHA1, SEED and more, on older OpenSSL builds only), no longer recommended (RFC 9325)."]);
  });

  it('no safe fix removes a suite Node would still negotiate: under @SECLEVEL=0 a NULL suite is left to the suggestions', () => {
    const findings = lint(noWeakCipher, `${TLS}tls.createServer({ ciphers: 'NULL-SHA256:ECDHE+AESGCM:@SECLEVEL=0' });`);
    assert.deepEqual(findings.map((f) => f.severity), ['error', 'error']);
    assert.deepEqual(findings.flatMap((f) => f.fixes.filter((x) => x.kind === 'safe')), []);
  });

  it('a literal reached from two options is reported once', () => {
    const findings = lint(noWeakCipher, `${TLS}const C = 'RC4-SHA:ECDHE+AESGCM';\ntls.createServer({ ciphers: C });\ntls.connect({ host: 'example.com', ciphers: C });`);
    assert.equal(findings.length, 1);
  });

  it('a literal reached from two options gets only fixes of the literal (found by the fuzzer)', () => {
    // Replacing or removing one of the options left the literal, and the finding, to the other.
    const code = `${TLS}const C = 'RC4-SHA:ECDHE+AESGCM';\ntls.createServer({ ciphers: C });\ntls.connect({ host: 'example.com', ciphers: C });`;
    const [finding] = lint(noWeakCipher, code);
    assert.deepEqual(finding.fixes.map((x) => x.title), [del('RC4-SHA'), REPLACE]);
    assert.equal(applyEdits(code, finding.fixes[1].edits), `${TLS}const C = ${MOZ};\ntls.createServer({ ciphers: C });\ntls.connect({ host: 'example.com', ciphers: C });`);
    for (const fix of finding.fixes) assert.deepEqual(lint(noWeakCipher, applyEdits(code, fix.edits)), [], fix.title);
  });
});

describe('cipher-strings helpers', () => {
  it('isInsecureCipherString: tier 1 or @SECLEVEL=0, for the insecure-options table', () => {
    for (const s of ['RC4-SHA:HIGH', 'ECDHE+AESGCM:3DES', 'HIGH:aNULL', 'EXPORT', 'NULL-SHA256:HIGH', 'ECDHE+AESGCM:@SECLEVEL=0']) assert.equal(isInsecureCipherString(s), true, s);
    for (const s of ['ALL', 'kRSA', 'HIGH:!aNULL:!MD5', NODE_DEFAULT_CIPHERS, MOZILLA_INTERMEDIATE_CIPHERS, '', 'aes-256-cbc', 'nonsense']) assert.equal(isInsecureCipherString(s), false, s);
  });

  it('isNodeDefaultLike: the default list, alone or with removals appended; @SECLEVEL=0 still reported', () => {
    assert.equal(isNodeDefaultLike(NODE_DEFAULT_CIPHERS), true);
    assert.equal(isNodeDefaultLike(`${NODE_DEFAULT_CIPHERS}:!DHE:-SHA1:+AES256:@STRENGTH`), true);
    assert.equal(isNodeDefaultLike(`${NODE_DEFAULT_CIPHERS}:kRSA`), false);
    assert.equal(isNodeDefaultLike(`ECDHE+AESGCM:${NODE_DEFAULT_CIPHERS}`), false);
    assert.deepEqual(cipherProblems(`${NODE_DEFAULT_CIPHERS}:@SECLEVEL=0`)?.map((p) => p.kind), ['seclevel0']);
  });

  it('cipherListFlag reads the value of --tls-cipher-list=, quoted or not', () => {
    assert.deepEqual(cipherListFlag('--a --tls-cipher-list=HIGH:!aNULL --b'), { value: 'HIGH:!aNULL', start: 22, flagStart: 4, end: 33 });
    assert.equal(cipherListFlag('--tls-cipher-list="RC4-SHA:HIGH" x')?.value, 'RC4-SHA:HIGH');
    assert.equal(cipherListFlag('--no-tls-cipher-list=ALL'), undefined);
    assert.equal(cipherListFlag('--tls-cipher-list=\'ALL'), undefined);
  });
});
