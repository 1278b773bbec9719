// Settings read from data files across modules: a JSON module a file imports or requires, and
// node-config's `config/default.json` read with `config.get('a.b')` or `config.a.b`. The finding
// sits in the JSON file where the setting is written, with the use as related information. Traps:
// a safe setting, a deployment file of node-config that may override it, `get()` of another
// library, a project module named `config`, a key the file does not hold.
import { noLegacyTlsVersion } from '../../rules/no-legacy-tls-version/index.js';
import { noUnverifiedCertificate } from '../../rules/no-unverified-certificate/index.js';
import { runProjectTests } from './project-tester.js';

const PKG = '{ "name": "payments", "dependencies": { "config": "^3.3.12" } }\n';
const DEFAULTS = (verify: string) => `{\n  "fraud": {\n    "baseUrl": "https://score.fraud.example",\n    "tls": { ${verify} }\n  }\n}\n`;
const GET = "import https from 'node:https';\nimport config from 'config';\n\nexport const agent = new https.Agent(config.get<https.AgentOptions>('fraud.tls'));\n";

runProjectTests(noUnverifiedCertificate, {
  valid: [
    { name: 'node-config: a default that verifies', files: { 'package.json': PKG, 'config/default.json': DEFAULTS('"rejectUnauthorized": true'), 'src/fraud.ts': GET } },
    {
      name: 'node-config: a local file (every deployment) or the environment mapping that names the setting may override it',
      files: { 'package.json': PKG, 'config/default.json': DEFAULTS('"rejectUnauthorized": false'), 'config/local.json': '{ "fraud": { "tls": { "ca": "/etc/ssl/ca.pem" } } }\n', 'src/fraud.ts': GET },
    },
    {
      name: 'node-config: custom-environment-variables naming the setting',
      files: { 'package.json': PKG, 'config/default.json': DEFAULTS('"rejectUnauthorized": false'), 'config/custom-environment-variables.json': '{ "fraud": { "tls": { "rejectUnauthorized": "FRAUD_TLS_VERIFY" } } }\n', 'src/fraud.ts': GET },
    },
    {
      name: "get() of another library and a project module named like the package",
      files: {
        'package.json': PKG,
        'config/default.json': DEFAULTS('"rejectUnauthorized": false'),
        'src/fraud.ts': "import https from 'node:https';\nimport nconf from 'nconf';\nexport const agent = new https.Agent(nconf.get('fraud.tls'));\n",
        'src/other.ts': "import https from 'node:https';\nimport config from './config';\nexport const agent = new https.Agent(config.get('fraud.tls'));\n",
        'src/config.ts': 'export default { get: (k: string) => ({ ca: k }) };\n',
      },
    },
    {
      name: 'a JSON module whose setting verifies, and a key it does not hold',
      files: {
        'src/tls.json': '{ "partner": { "rejectUnauthorized": true }, "legacy": { "rejectUnauthorized": false } }\n',
        'src/client.js': "const https = require('https');\nconst tls = require('./tls.json');\nmodule.exports = [new https.Agent(tls.partner), new https.Agent(tls.missing)];\n",
      },
    },
  ],
  invalid: [
    {
      name: "node-config: config.get('fraud.tls') reads config/default.json",
      files: { 'package.json': PKG, 'config/default.json': DEFAULTS('⟦"rejectUnauthorized": false⟧'), 'src/fraud.ts': GET },
      related: [['used by new https.Agent at src/fraud.ts:4']],
    },
    {
      name: 'node-config: a property read (config.fraud.tls), with a deployment file about something else',
      files: {
        'package.json': PKG,
        'config/default.json': DEFAULTS('⟦"rejectUnauthorized": false⟧'),
        'config/production.json': '{ "acquirer": { "baseUrl": "https://api.acquirer.example" } }\n',
        'src/fraud.js': "const https = require('https');\nconst config = require('config');\nmodule.exports = new https.Agent(config.fraud.tls);\n",
      },
      related: [['used by new https.Agent at src/fraud.js:3']],
    },
    {
      name: "node-config: a deployment's file that names the setting overrides it there only: the default holds in the others",
      files: { 'package.json': PKG, 'config/default.json': DEFAULTS('⟦"rejectUnauthorized": false⟧'), 'config/production.json': '{ "fraud": { "tls": { "ca": "/etc/ssl/ca.pem" } } }\n', 'config/test.json': '{ "fraud": {} }\n', 'src/fraud.ts': GET },
      messageIncludes: ["(when NODE_ENV is not 'production' or 'test')"],
    },
    {
      name: 'node-config: a boolean setting that becomes rejectUnauthorized',
      files: {
        'package.json': PKG,
        'config/default.json': '{\n  "acquirer": { "verifyTls": ⟦false⟧ }\n}\n',
        'src/acquirer.ts': "import https from 'node:https';\nimport config from 'config';\nconst verify = config.get<boolean>('acquirer.verifyTls');\nexport const agent = new https.Agent({ rejectUnauthorized: verify });\n",
      },
    },
    {
      name: 'an imported JSON module: the setting where the JSON writes it',
      files: {
        'config/tls.json': '{ "partner": { ⟦"rejectUnauthorized": false⟧ } }\n',
        'src/client.ts': "import https from 'node:https';\nimport settings from '../config/tls.json';\nexport const agent = new https.Agent(settings.partner);\n",
      },
      related: [['used by new https.Agent at src/client.ts:3']],
    },
  ],
});

runProjectTests(noLegacyTlsVersion, {
  valid: [{ name: 'a JSON module with a modern version', files: { 'src/tls.json': '{ "minVersion": "TLSv1.2" }\n', 'src/c.js': "const tls = require('tls');\nconst t = require('./tls.json');\ntls.connect({ host: 'a.example', servername: 'a.example', minVersion: t.minVersion });\n" } }],
  invalid: [
    {
      name: 'a required JSON module with a legacy version',
      files: { 'src/tls.json': '{ "minVersion": ⟦"TLSv1"⟧ }\n', 'src/c.js': "const tls = require('tls');\nconst t = require('./tls.json');\ntls.connect({ host: 'a.example', servername: 'a.example', minVersion: t.minVersion });\n" },
    },
  ],
});
