import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { noDeprecatedTlsApi } from '../../rules/no-deprecated-tls-api/index.js';
import { lint, runRuleTests } from './rule-tester.js';

const REPLACE = 'Replace with tls.createSecureContext()';

runRuleTests(noDeprecatedTlsApi, {
  valid: [
    { name: 'current APIs', code: "import tls from 'node:tls';\nconst ctx = tls.createSecureContext({ key, cert });\nconst s = new tls.TLSSocket(raw, { secureContext: ctx });\nconst server = tls.createServer(opts);\nserver.setSecureContext({ key, cert });\n" },
    { name: 'setOptions on objects that are not TLS servers', filename: 'x.js', code: "const express = require('express');\nconst app = express();\napp.setOptions({ etag: false });\nconst http = require('http');\nhttp.createServer(handler).setOptions({});\nclient.setOptions({ retries: 3 });\nconst store = { setOptions() {} };\nstore.setOptions({});\nfunction reconfigure(server) { server.setOptions(opts); }\n" },
    { name: 'look-alikes from other modules and shadowed names', filename: 'x.js', code: "const legacy = require('./legacy-tls');\nlegacy.createSecurePair();\nfunction f(tls) { return tls.createSecurePair(); }\nconst aws = require('aws-sdk');\nnew aws.Credentials('k', 's');\nconst { createCredentials } = require('./auth');\ncreateCredentials(user);\n" },
    { name: 'mentions without a call', code: "import tls from 'tls';\nconst has = typeof tls.createSecurePair === 'function';\n// tls.createSecurePair(ctx)\n" },
  ],
  invalid: [
    {
      name: 'tls.createSecurePair in every import form',
      filename: 'x.js',
      code: "const tls = require('tls');\nconst { createSecurePair } = require('node:tls');\nconst pair = ⟦tls.createSecurePair(ctx, true, true, false)⟧;\nconst other = ⟦createSecurePair()⟧;\n⟦require('tls').createSecurePair()⟧;\n",
      messageIds: ['deprecated', 'deprecated', 'deprecated'],
      severities: ['warning', 'warning', 'warning'],
      messageIncludes: ['tls.createSecurePair() is deprecated (DEP0064): removed in Node 24, and it never checks the host name.'],
      fixes: [],
    },
    {
      name: 'new tls.SecurePair',
      code: "import * as tls from 'node:tls';\nexport const p = ⟦new tls.SecurePair()⟧;\n",
      messageIncludes: ['tls.SecurePair is deprecated (DEP0043)'],
    },
    {
      name: 'crypto.createCredentials becomes tls.createSecureContext through an existing tls binding',
      filename: 'x.js',
      code: "const tls = require('tls');\nconst crypto = require('crypto');\nconst creds = ⟦crypto.createCredentials({ key, cert })⟧;\nconst ctx = creds.context;\n",
      messageIncludes: ['crypto.createCredentials() is deprecated (DEP0010): removed in Node 11, it throws on every maintained Node.'],
      fixes: [{ title: REPLACE, output: "const tls = require('tls');\nconst crypto = require('crypto');\nconst creds = tls.createSecureContext({ key, cert });\nconst ctx = creds.context;\n" }],
    },
    {
      name: 'createCredentials in a module without tls: a named import is added',
      code: "import { createCredentials } from 'node:crypto';\nexport const context = ⟦createCredentials({ key, cert })⟧.context;\n",
      fixes: [{ title: REPLACE, output: "import { createSecureContext } from 'node:tls';\nimport { createCredentials } from 'node:crypto';\nexport const context = createSecureContext({ key, cert }).context;\n" }],
    },
    {
      name: 'createCredentials in CommonJS without tls: require is used',
      filename: 'x.cjs',
      code: "const crypto = require('crypto');\nmodule.exports = ⟦crypto.createCredentials(opts)⟧;\n",
      fixes: [{ title: REPLACE, output: "const crypto = require('crypto');\nmodule.exports = require('node:tls').createSecureContext(opts);\n" }],
    },
    {
      name: 'createCredentials next to a named tls import',
      code: "import { createSecureContext as make } from 'tls';\nimport crypto from 'crypto';\nmake({});\nexport const c = ⟦crypto.createCredentials({})⟧;\n",
      fixes: [{ title: REPLACE, output: "import { createSecureContext as make } from 'tls';\nimport crypto from 'crypto';\nmake({});\nexport const c = make({});\n" }],
    },
    {
      name: 'new crypto.Credentials',
      filename: 'x.js',
      code: "const { Credentials } = require('crypto');\nconst c = ⟦new Credentials()⟧;\n",
      messageIncludes: ['crypto.Credentials is deprecated (DEP0011)'],
    },
    {
      name: 'setOptions on tls, https and http2 secure servers',
      code: "import tls from 'node:tls';\nimport https from 'node:https';\nimport http2 from 'node:http2';\nconst server = tls.createServer(opts);\n⟦server.setOptions({ requestCert: true })⟧;\n⟦new tls.Server(opts).setOptions({})⟧;\nconst web = https.createServer(opts, app);\n⟦web.setOptions({ rejectUnauthorized: false })⟧;\n⟦http2.createSecureServer(opts).setOptions({})⟧;\n",
      messageIds: ['deprecated', 'deprecated', 'deprecated', 'deprecated'],
      messageIncludes: ['server.setOptions() is deprecated (DEP0122): it changes the TLS options of a running server.'],
    },
  ],
});

describe('no-deprecated-tls-api fix kinds', () => {
  test('replacing createCredentials changes what runs: a suggestion', () => {
    const [f] = lint(noDeprecatedTlsApi, "const crypto = require('crypto');\ncrypto.createCredentials({});\n", 'x.js');
    assert.deepEqual(f.fixes.map((x) => `${x.kind}: ${x.title}`), [`suggestion: ${REPLACE}`]);
  });
});
