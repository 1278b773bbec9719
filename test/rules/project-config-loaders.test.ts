// Settings a configuration loader makes from a schema, across files: convict's leaf defaults read
// through `convict(schema).getProperties()` or `config.get('a.b')` in another file are judged as
// the default (when its environment variable is not set), at the default where the schema writes
// it. Traps: a safe default, settings a file loads later, another library's get(), a read.
import { noLegacyTlsVersion } from '../../rules/no-legacy-tls-version/index.js';
import { noUnverifiedCertificate } from '../../rules/no-unverified-certificate/index.js';
import { runProjectTests } from './project-tester.js';

const schema = (minTls: string, verify = 'true') =>
  `module.exports = {\n  upstream: {\n    url: { doc: 'Upstream', format: String, default: 'https://erp.example', env: 'UPSTREAM_URL' },\n    verifyTls: { format: Boolean, default: ${verify}, env: 'UPSTREAM_VERIFY_TLS' },\n    minTls: { doc: 'Lowest TLS version', format: String, default: ${minTls}, env: 'UPSTREAM_MIN_TLS' },\n  },\n};\n`;
const CONFIG = "const convict = require('convict');\nconst schema = require('./schema');\nconst config = convict(schema);\nconfig.validate({ allowed: 'strict' });\nmodule.exports = config.getProperties();\n";
const CLIENT = "const https = require('https');\nconst config = require('../config');\nmodule.exports = new https.Agent({ rejectUnauthorized: config.upstream.verifyTls, minVersion: config.upstream.minTls });\n";

runProjectTests(noLegacyTlsVersion, {
  valid: [
    { name: 'a schema whose default version is modern', files: { 'config/schema.js': schema("'TLSv1.2'"), 'config/index.js': CONFIG, 'src/client.js': CLIENT } },
    {
      name: 'settings a file loads after the defaults are what the file does not say',
      files: { 'config/schema.js': schema("'TLSv1'"), 'config/index.js': CONFIG.replace("config.validate", "config.loadFile(`./config/${process.env.NODE_ENV}.json`);\nconfig.validate"), 'src/client.js': CLIENT },
    },
    {
      name: 'get() of another library, and a default only compared',
      files: {
        'config/schema.js': schema("'TLSv1'"),
        'src/client.js': "const https = require('https');\nconst nconf = require('nconf');\nconst schema = require('../config/schema');\nif (schema.upstream.minTls.default === 'TLSv1') console.warn('legacy');\nmodule.exports = new https.Agent({ minVersion: nconf.get('upstream.minTls') });\n",
      },
    },
  ],
  invalid: [
    {
      name: "convict(schema).getProperties() in another file: the default, when its variable is not set",
      files: { 'config/schema.js': schema("⟦'TLSv1'⟧"), 'config/index.js': CONFIG, 'src/client.js': CLIENT },
      messageIncludes: ["minVersion: 'TLSv1' (when UPSTREAM_MIN_TLS is not set)"],
      related: [['used by new https.Agent at src/client.js:3']],
    },
    {
      name: "config.get('upstream.minTls') of the loaded settings",
      files: {
        'config/schema.js': schema("⟦'TLSv1.1'⟧"),
        'config/index.js': "const convict = require('convict');\nmodule.exports = convict(require('./schema'));\n",
        'src/client.js': "const tls = require('tls');\nconst config = require('../config');\ntls.connect({ host: 'erp.example', servername: 'erp.example', minVersion: config.get('upstream.minTls') });\n",
      },
      messageIncludes: ['when UPSTREAM_MIN_TLS is not set'],
    },
  ],
});

runProjectTests(noUnverifiedCertificate, {
  valid: [{ name: 'a schema that verifies by default', files: { 'config/schema.js': schema("'TLSv1.2'"), 'config/index.js': CONFIG, 'src/client.js': CLIENT } }],
  invalid: [
    {
      name: 'a schema whose verifyTls default is false',
      files: { 'config/schema.js': schema("'TLSv1.2'", '⟦false⟧'), 'config/index.js': CONFIG, 'src/client.js': CLIENT },
      messageIncludes: ['(when UPSTREAM_VERIFY_TLS is not set)'],
    },
  ],
});
