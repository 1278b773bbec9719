// A fix offered by one file's lint edits that file only: options written in another file (a table
// entry spread into this file's call) are fixed by their own file's lint. With every rule on, the
// "Apply safe TLS settings" fix of such options (minVersion raised, the weak options removed,
// require-servername's servername added) was made in the importer's lint with the other file's offsets
// against the importer's text: the edits overlapped, and
// no-legacy-tls-version and no-weak-key-exchange failed on the file (blind29 15).
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { it } from 'node:test';
import { rules } from '../../rules/index.js';
import { parseArgs } from '../../server/src/cli/args.js';
import { runLint } from '../../server/src/cli/run.js';

const BANK_CONNECTOR: Record<string, string> = {
  "src/links/link.js": "'use strict';\nconst tls = require('tls');\nconst net = require('net');\nconst { PROFILES } = require('../tls/profiles');\nconst { clientDefaults } = require('../tls/context');\n\nclass BankLink {\n  constructor(bank, host, port, profile = 'modern') {\n    this.bank = bank;\n    this.host = host;\n    this.port = port;\n    this.profile = profile;\n  }\n\n  open() {\n    return tls.connect({\n      ...clientDefaults(),\n      ...PROFILES[this.profile],\n      host: this.host,\n      port: this.port,\n      servername: this.host,\n    });\n  }\n\n  // Some banks require a plain TCP hello before the TLS upgrade.\n  openWithPreamble() {\n    const raw = net.connect(this.port, this.host);\n    raw.write('HELLO ' + this.bank + '\\r\\n');\n    return new tls.TLSSocket(raw, { ...PROFILES[this.profile] }); // expect: no-unverified-certificate\n  }\n}\n\nmodule.exports = { BankLink };\n",
  "src/tls/profiles.js": "'use strict';\n\nconst MODERN_CIPHERS = [\n  'TLS_AES_256_GCM_SHA384',\n  'ECDHE-ECDSA-AES256-GCM-SHA384',\n  'ECDHE-RSA-AES256-GCM-SHA384',\n].join(':');\n\nconst PROFILES = {\n  modern: {\n    minVersion: 'TLSv1.2',\n    ciphers: MODERN_CIPHERS,\n    ecdhCurve: 'X25519:prime256v1',\n  },\n  // Nordbank's HSM front end: TLS 1.0, 3DES. Contract renewal 2027.\n  nordbank: {\n    minVersion: 'TLSv1', // expect: no-legacy-tls-version\n    ciphers: MODERN_CIPHERS + ':DES-CBC3-SHA', // expect: no-weak-cipher\n    ecdhCurve: 'prime256v1:secp192k1', // expect: no-weak-key-exchange\n  },\n  // Kept for reference; the Sudbank link was decommissioned.\n  sudbank: {\n    minVersion: 'TLSv1.2',\n    ciphers: 'HIGH:!aNULL:!eNULL:!RC4:!3DES:!MD5',\n    secureProtocol: 'TLSv1_2_method',\n  },\n};\n\nmodule.exports = { PROFILES, MODERN_CIPHERS };\n",
  "src/tls/context.js": "'use strict';\nconst tls = require('tls');\nconst fs = require('fs');\n\nconst DH_1024 = `-----BEGIN DH PARAMETERS-----\nMIGHAoGBAP//////////yQ/aoiFowjTExmKLgNwc0SkCTgiKZ8x0Agu+pjsTmyJR\nSgh5jjQE3e+VGbPNOkMbMCsKbfJfFDdP4TVtbVHCReSFtXZiXn7G9ExC6aY37WsL\n/1y29Aa37e44a/taiZ+lrp8kEXxLH+ZJKGZR7OZTgf//////////AgEC\n-----END DH PARAMETERS-----`;\n\n// Server context for the inbound settlement listener (banks connect to us).\nfunction settlementServerContext() {\n  return tls.createSecureContext({\n    key: fs.readFileSync('/etc/connector/tls/key.pem'),\n    cert: fs.readFileSync('/etc/connector/tls/cert.pem'),\n    dhparam: DH_1024, // expect: no-weak-key-exchange\n    minVersion: 'TLSv1.2',\n  });\n}\n\nfunction clientDefaults() {\n  const opts = { rejectUnauthorized: false, minVersion: 'TLSv1.2', timeout: 15000 };\n  Object.assign(opts, { rejectUnauthorized: true, ca: fs.readFileSync('/etc/connector/bank-roots.pem') });\n  opts.minDHSize = 2048;\n  return opts;\n}\n\nmodule.exports = { settlementServerContext, clientDefaults };\n",
  "src/index.js": "'use strict';\nconst tls = require('tls');\nconst { BankLink } = require('./links/link');\nconst { settlementServerContext } = require('./tls/context');\n\ntls.DEFAULT_MIN_VERSION = 'TLSv1.2';\ntls.DEFAULT_ECDH_CURVE = 'auto';\n\nconst links = [\n  new BankLink('nordbank', 'h2h.nordbank.example', 7443, 'nordbank'),\n  new BankLink('eastbank', 'h2h.eastbank.example', 7443),\n];\n\nfor (const link of links) link.open().on('secureConnect', () => console.log(`${link.bank} up`));\n\nconst server = tls.createServer({ SNICallback: (_name, cb) => cb(null, settlementServerContext()) }, (sock) => {\n  sock.on('data', (d) => sock.write(d));\n});\nserver.listen(9443);\n\n// legacy pair API kept for the 2016 Eastbank simulator\nif (process.env.EASTBANK_SIMULATOR) {\n  const pair = tls.createSecurePair(settlementServerContext(), true); // expect: no-deprecated-tls-api\n  pair.on('secure', () => console.log('simulator secure'));\n}\n",
};

it("no rule fails on a table entry spread into a class's tls.connect after other options (the class's file and the table's folder linted, as the CLI does), and each finding sits at the entry", async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tlslint-fix-scope-'));
  try {
    for (const [name, text] of Object.entries(BANK_CONNECTOR)) {
      mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      writeFileSync(path.join(dir, name), text);
    }
    let stdout = '';
    const ids = rules.map((r) => r.meta.id);
    await runLint(parseArgs(['--jobs', '1', '--format', 'json', 'src/links/link.js', 'src/tls'], ids), { cwd: dir, stdout: (t) => (stdout += t), stderr: () => {}, isTty: false, version: 'test' });
    const report = JSON.parse(stdout) as { filePath: string; notes: { kind: string; message: string }[]; findings: { ruleId: string; line: number }[] }[];
    assert.deepEqual(report.flatMap((r) => r.notes.filter((n) => n.kind === 'rule-error').map((n) => n.message)), []);
    const profiles = report.find((r) => r.filePath.endsWith('profiles.js'))?.findings.map((f) => `${f.ruleId}:${f.line}`).sort();
    assert.deepEqual(profiles, ['no-legacy-tls-version:17', 'no-weak-cipher:18', 'no-weak-key-exchange:19']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
