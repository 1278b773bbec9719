import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MOZILLA_INTERMEDIATE_CIPHERS, NODE_DEFAULT_CIPHERS } from '../../rules/ciphers/weakness.js';
import { noWeakCipher } from '../../rules/no-weak-cipher/index.js';
import { OPTION_CHECKS } from '../../server/src/lang/js/option-checks.js';
import { isNodeDefaultLike } from '../../rules/ciphers/weakness.js';
import { cipherListFlag, cipherProblems, isInsecureCipherString } from '../../rules/common/cipher-strings.js';
import { SAFE_SETTINGS_TITLE } from '../../rules/js/safe-settings.js';
import { applyEdits } from '../../server/src/engine/fixes.js';
import { lint, runRuleTests, stripMarkers, type InvalidCase } from './rule-tester.js';

const TLS = "import tls from 'node:tls';\n";
const MOZ = `'${MOZILLA_INTERMEDIATE_CIPHERS}'`;
const REPLACE = 'Replace the cipher list with the Mozilla intermediate list';
const REMOVE = 'Remove the ciphers option (use the Node.js default list)';
const add = (list: string) => `Add '${list}' to exclude the weak suites`;

// "Apply safe TLS settings" covers ciphers once no-weak-cipher declares its option check.
const safeSettingsCoversCiphers = OPTION_CHECKS.some((c) => c.key === 'ciphers');
const safeSettingsCases: InvalidCase[] = safeSettingsCoversCiphers ? [{
  name: 'apply safe TLS settings removes an insecure ciphers option',
  code: `${TLS}tls.connect({ host: 'example.com', ciphers: '⟦RC4-SHA⟧:ECDHE+AESGCM' });`,
  fixes: [{ title: SAFE_SETTINGS_TITLE, output: `${TLS}tls.connect({ host: 'example.com', minVersion: 'TLSv1.2' });` }],
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
    `${TLS}tls.DEFAULT_CIPHERS += ':!3DES:!SHA1';`,
    { name: 'appending suites the default list already excludes for good (!RC4, !eNULL)', code: `${TLS}tls.DEFAULT_CIPHERS += ':RC4-SHA:NULL-SHA';` },
    "process.env.NODE_OPTIONS = `--tls-cipher-list=${weak}`;\nprocess.env.NODE_OPTIONS = `--tls-cipher-list=ECDHE+AESGCM:${extra}`;",
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
      messageIncludes: ['`RC4-SHA` in ciphers enables RC4-SHA: RC4, prohibited by RFC 7465.', '`AES128-SHA` in ciphers enables AES128-SHA: static RSA key exchange (no forward secrecy) and CBC with HMAC-SHA1'],
      fixes: [
        { title: add('!kRSA'), output: `${TLS}tls.createServer({\n  key,\n  cert,\n  ciphers: 'RC4-SHA:AES128-SHA:ECDHE+AESGCM:!kRSA',\n});\n` },
        { title: add('!kRSA'), finding: 1, output: `${TLS}tls.createServer({\n  key,\n  cert,\n  ciphers: 'RC4-SHA:AES128-SHA:ECDHE+AESGCM:!kRSA',\n});\n` },
        { title: REPLACE, output: `${TLS}tls.createServer({\n  key,\n  cert,\n  ciphers: ${MOZ},\n});\n` },
        { title: REMOVE, output: `${TLS}tls.createServer({\n  key,\n  cert,\n});\n` },
      ],
    },
    {
      name: 'RC4 as the only TLS 1.2 suite: excluding it would leave nothing, so no safe fix',
      code: `${TLS}tls.connect({ host: 'example.com', ciphers: '⟦RC4-SHA⟧' });`,
      severities: ['error'],
      messageIncludes: ["To fix, use the Mozilla intermediate list, or leave ciphers out to use Node's default list."],
      fixes: [{ title: REMOVE, output: `${TLS}tls.connect({ host: 'example.com' });` }],
    },
    {
      name: '3DES',
      code: `${TLS}tls.connect({ host: 'example.com', ciphers: 'ECDHE-RSA-AES128-GCM-SHA256:⟦DES-CBC3-SHA⟧' });`,
      severities: ['error'],
      messageIncludes: ['3DES, a 64-bit block cipher open to Sweet32'],
      fixes: [{ title: add('!3DES'), output: `${TLS}tls.connect({ host: 'example.com', ciphers: 'ECDHE-RSA-AES128-GCM-SHA256:DES-CBC3-SHA:!3DES' });` }],
    },
    {
      name: 'NULL encryption, by name and by keyword',
      code: `${TLS}tls.connect({ host: 'example.com', ciphers: '⟦NULL-SHA256⟧:ECDHE+AESGCM' });\ntls.createServer({ ciphers: 'ECDHE+AESGCM:⟦eNULL⟧' });`,
      severities: ['error', 'error'],
      messageIncludes: ['NULL-SHA256: no encryption at all (NULL).', 'NULL encryption, anonymous and MD5.'],
      fixes: [{ title: add('!eNULL'), output: `${TLS}tls.connect({ host: 'example.com', ciphers: 'NULL-SHA256:ECDHE+AESGCM:!eNULL' });\ntls.createServer({ ciphers: 'ECDHE+AESGCM:eNULL' });` }],
    },
    {
      name: 'anonymous suites: aNULL after HIGH, and ADH by name',
      code: `${TLS}tls.createServer({ ciphers: '⟦HIGH⟧:⟦aNULL⟧' });\ntls.connect({ host: 'example.com', ciphers: '⟦ADH-AES256-GCM-SHA384⟧:ECDHE+AESGCM' });`,
      severities: ['info', 'error', 'error'],
      messageIncludes: ['much as Node\'s default list does', 'anonymous', 'no server authentication (anonymous)'],
      fixes: [
        { title: add('!aNULL'), finding: 1, output: `${TLS}tls.createServer({ ciphers: 'HIGH:aNULL:!aNULL' });\ntls.connect({ host: 'example.com', ciphers: 'ADH-AES256-GCM-SHA384:ECDHE+AESGCM' });` },
        { title: add('!aNULL'), finding: 2, output: `${TLS}tls.createServer({ ciphers: 'HIGH:aNULL' });\ntls.connect({ host: 'example.com', ciphers: 'ADH-AES256-GCM-SHA384:ECDHE+AESGCM:!aNULL' });` },
      ],
    },
    {
      name: 'EXPORT in a double-quoted string: the replacement keeps the quotes',
      code: `${TLS}tls.createServer({ ciphers: "⟦EXPORT⟧:⟦HIGH⟧" });`,
      severities: ['error', 'info'],
      messageIncludes: ['`EXPORT` in ciphers enables 17 weak suites such as', 'much as Node\'s default list does'],
      fixes: [
        { title: add('!EXPORT'), output: `${TLS}tls.createServer({ ciphers: "EXPORT:HIGH:!EXPORT" });` },
        { title: REPLACE, output: `${TLS}tls.createServer({ ciphers: "${MOZILLA_INTERMEDIATE_CIPHERS}" });` },
      ],
    },
    {
      name: 'MD5',
      code: `${TLS}tls.createServer({ ciphers: '⟦HIGH⟧:⟦MD5⟧' });`,
      severities: ['info', 'error'],
      fixes: [{ title: add('!MD5'), finding: 1, output: `${TLS}tls.createServer({ ciphers: 'HIGH:MD5:!MD5' });` }],
    },
    {
      name: '@SECLEVEL=0 is an error of its own; removing it is a suggestion',
      code: `${TLS}tls.createServer({ ciphers: '⟦DEFAULT⟧:⟦@SECLEVEL=0⟧' });`,
      messageIds: ['info', 'secLevelZero'],
      severities: ['info', 'error'],
      messageIncludes: ['`DEFAULT` in ciphers', "`@SECLEVEL=0` in ciphers lowers OpenSSL's security level to 0"],
      fixes: [{ title: "Remove '@SECLEVEL=0' from the cipher string", finding: 1, output: `${TLS}tls.createServer({ ciphers: 'DEFAULT' });` }],
    },
    {
      name: 'ALL: a warning, and the exclusions that leave only what is not weak',
      code: `${TLS}tls.createServer({ key, cert, ciphers: '⟦ALL⟧:!aNULL' });`,
      messageIds: ['weak'],
      severities: ['warning'],
      messageIncludes: ['`ALL` in ciphers enables 194 weak suites such as AES256-GCM-SHA384, DHE-DSS-AES256-GCM-SHA384 and ECDHE-ECDSA-AES256-SHA: static RSA, finite-field DHE, CBC-SHA1, PSK, SRP and CCM-8; with older OpenSSL builds also export, DES, RC4'],
      fixes: [{ title: add('!MD5:!PSK:!kRSA:!kDH:!kECDH:!kDHE:!SHA1:!AESCCM8'), output: `${TLS}tls.createServer({ key, cert, ciphers: 'ALL:!aNULL:!MD5:!PSK:!kRSA:!kDH:!kECDH:!kDHE:!SHA1:!AESCCM8' });` }],
    },
    {
      name: 'kRSA and PSK: warnings',
      code: `${TLS}tls.createServer({ ciphers: 'ECDHE+AESGCM:⟦kRSA⟧' });\ntls.createServer({ ciphers: 'ECDHE+AESGCM:⟦PSK⟧' });`,
      severities: ['warning', 'warning'],
      messageIncludes: ['static RSA', 'PSK'],
      fixes: [
        { title: add('!kRSA'), output: `${TLS}tls.createServer({ ciphers: 'ECDHE+AESGCM:kRSA:!kRSA' });\ntls.createServer({ ciphers: 'ECDHE+AESGCM:PSK' });` },
        { title: add('!PSK'), finding: 1, output: `${TLS}tls.createServer({ ciphers: 'ECDHE+AESGCM:kRSA' });\ntls.createServer({ ciphers: 'ECDHE+AESGCM:PSK:!PSK' });` },
      ],
    },
    {
      name: 'a TLS 1.2 DHE suite named explicitly is a warning, even one Node\'s default also names',
      code: `${TLS}tls.createServer({ ciphers: 'ECDHE-RSA-AES128-GCM-SHA256:⟦DHE-RSA-AES128-GCM-SHA256⟧' });`,
      messageIds: ['weak'],
      severities: ['warning'],
      messageIncludes: ["`DHE-RSA-AES128-GCM-SHA256` in ciphers enables DHE-RSA-AES128-GCM-SHA256: finite-field DHE. RFC 9325 and Mozilla's guidelines no longer recommend them. To fix, append '!kDHE'"],
    },
    {
      name: 'HIGH:!aNULL:!MD5 is information only',
      code: `${TLS}tls.createServer({ ciphers: '⟦HIGH⟧:!aNULL:!MD5' });`,
      severities: ['info'],
      messageIncludes: ['`HIGH` in ciphers enables 133 suites such as'],
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
      messageIncludes: ["ciphers 'RC4-SHA:ECDHE+AESGCM' enables RC4-SHA", "ciphers 'ECDHE+AESGCM:RC4-SHA' enables RC4-SHA", "ciphers 'ECDHE+AESGCM:kRSA' enables 30 weak suites"],
      fixes: [
        { title: REPLACE, output: `${TLS}const LEGACY = 'RC4-SHA';\ntls.createServer({ ciphers: ${MOZ} });\ntls.createServer({ ciphers: \`ECDHE+AESGCM:\${LEGACY}\` });\ntls.createServer({ ciphers: ['ECDHE+AESGCM', 'kRSA'].join(':') });` },
        { title: REMOVE, finding: 2, output: `${TLS}const LEGACY = 'RC4-SHA';\ntls.createServer({ ciphers: LEGACY + ':ECDHE+AESGCM' });\ntls.createServer({ ciphers: \`ECDHE+AESGCM:\${LEGACY}\` });\ntls.createServer({});` },
      ],
    },
    {
      name: 'a conditional string: the weak branch is reported, and says when',
      code: `${TLS}tls.createServer({ ciphers: process.env.LEGACY_CLIENTS ? '⟦DES-CBC3-SHA⟧:ECDHE+AESGCM' : 'ECDHE+AESGCM' });`,
      severities: ['error'],
      messageIncludes: ['`DES-CBC3-SHA` in ciphers (when `process.env.LEGACY_CLIENTS` is truthy) enables DES-CBC3-SHA'],
      fixes: [
        { title: add('!3DES'), output: `${TLS}tls.createServer({ ciphers: process.env.LEGACY_CLIENTS ? 'DES-CBC3-SHA:ECDHE+AESGCM:!3DES' : 'ECDHE+AESGCM' });` },
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
        { title: add('!3DES'), output: "const tls = require('node:tls');\nconst ciphers = 'ECDHE+AESGCM:3DES:!3DES';\nmodule.exports = tls.createServer({ key, cert, ciphers });" },
        { title: REPLACE, output: `const tls = require('node:tls');\nconst ciphers = 'ECDHE+AESGCM:3DES';\nmodule.exports = tls.createServer({ key, cert, ciphers: ${MOZ} });` },
      ],
    },
    {
      name: 'tls.DEFAULT_CIPHERS assignment',
      filename: 'boot.js',
      code: "const tls = require('tls');\ntls.DEFAULT_CIPHERS = 'ECDHE+AESGCM:⟦RC4⟧';\nstart();\n",
      severities: ['error'],
      messageIncludes: ['or remove the assignment, which changes every later TLS context of the process.'],
      fixes: [
        { title: add('!RC4'), output: "const tls = require('tls');\ntls.DEFAULT_CIPHERS = 'ECDHE+AESGCM:RC4:!RC4';\nstart();\n" },
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
        "nodemailer.createTransport({ host: 'smtp.example.com', tls: {} });",
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
      messageIncludes: ['`3DES` in --tls-cipher-list enables', 'or drop --tls-cipher-list to keep'],
      fixes: [{ title: add('!3DES'), output: "const { fork } = require('node:child_process');\nprocess.env.NODE_OPTIONS = '--max-old-space-size=4096 --tls-cipher-list=ECDHE+AESGCM:3DES:!3DES';\nfork('worker.js', { execArgv: ['--tls-cipher-list=ALL'] });" }],
    },
    {
      name: 'TSX file with an https.Agent',
      filename: 'page.tsx',
      code: "import https from 'node:https';\nconst agent = new https.Agent({ ciphers: '⟦DES-CBC3-SHA⟧:ECDHE+AESGCM' });\nexport const Page = () => <div data-agent={String(agent)} />;",
      fixes: [{ title: add('!3DES'), output: "import https from 'node:https';\nconst agent = new https.Agent({ ciphers: 'DES-CBC3-SHA:ECDHE+AESGCM:!3DES' });\nexport const Page = () => <div data-agent={String(agent)} />;" }],
    },
    ...safeSettingsCases,
    {
      name: 'tls.DEFAULT_CIPHERS += adds a weak suite to the default list',
      filename: 'boot.js',
      code: "const tls = require('tls');\ntls.DEFAULT_CIPHERS += ':⟦DES-CBC3-SHA⟧';\nif (legacy) tls.DEFAULT_CIPHERS += `:⟦ECDHE-RSA-DES-CBC3-SHA⟧`;\n",
      severities: ['error', 'error'],
      messageIncludes: ['`DES-CBC3-SHA` in tls.DEFAULT_CIPHERS enables', '`ECDHE-RSA-DES-CBC3-SHA` in tls.DEFAULT_CIPHERS (when `legacy` is truthy) enables'],
      fixes: [{ title: 'Remove the tls.DEFAULT_CIPHERS assignment', output: "const tls = require('tls');\nif (legacy) tls.DEFAULT_CIPHERS += `:ECDHE-RSA-DES-CBC3-SHA`;\n" }],
    },
    {
      name: '--tls-cipher-list in a template literal piece',
      filename: 'run.js',
      code: "process.env.NODE_OPTIONS = `--tls-cipher-list=ECDHE+AESGCM:⟦RC4⟧ ${process.env.NODE_OPTIONS ?? ''}`;\n",
      severities: ['error'],
    },
  ],
});

describe('no-weak-cipher fix grading', () => {
  it('information findings carry no safe fix', () => {
    const { code } = stripMarkers(`${TLS}tls.createServer({ ciphers: 'HIGH:!aNULL:!MD5' });\ntls.createServer({ ciphers: 'DEFAULT:!RC4' });`);
    const findings = lint(noWeakCipher, code);
    assert.deepEqual(findings.map((f) => f.severity), ['info', 'info']);
    for (const f of findings) assert.deepEqual(f.fixes.map((x) => x.kind), ['suggestion', 'suggestion']);
  });

  it('the exclusions are the only safe fix, and one string gets one set of them', () => {
    const findings = lint(noWeakCipher, `${TLS}tls.createServer({ ciphers: 'ECDHE+AESGCM:EXPORT:aNULL:MD5:3DES:NULL' });`);
    assert.equal(findings.length, 5);
    const safe = findings.map((f) => f.fixes.filter((x) => x.kind === 'safe').map((x) => x.title));
    assert.deepEqual(new Set(safe.flat()), new Set([add('!aNULL:!eNULL:!MD5:!SHA1')]));
    assert.ok(safe.every((s) => s.length === 1));
  });

  it('no safe fix when it would take more than a dozen exclusions', () => {
    // COMPLEMENTOFDEFAULT's weak suites can only be named one by one next to HIGH's kept ones.
    const findings = lint(noWeakCipher, `${TLS}tls.createServer({ ciphers: 'COMPLEMENTOFDEFAULT:HIGH' });`);
    assert.deepEqual(findings.map((f) => f.severity), ['warning', 'info']);
    assert.deepEqual(findings[0].fixes.map((x) => x.title), [REPLACE, REMOVE]);
  });

  it('a literal reached from two options is reported once', () => {
    const findings = lint(noWeakCipher, `${TLS}const C = 'RC4-SHA:ECDHE+AESGCM';\ntls.createServer({ ciphers: C });\ntls.connect({ host: 'example.com', ciphers: C });`);
    assert.equal(findings.length, 1);
  });

  it('a literal reached from two options gets only fixes of the literal (found by the fuzzer)', () => {
    // Replacing or removing one of the options left the literal, and the finding, to the other.
    const code = `${TLS}const C = 'RC4-SHA:ECDHE+AESGCM';\ntls.createServer({ ciphers: C });\ntls.connect({ host: 'example.com', ciphers: C });`;
    const [finding] = lint(noWeakCipher, code);
    assert.deepEqual(finding.fixes.map((x) => x.title), [add('!RC4'), REPLACE]);
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
