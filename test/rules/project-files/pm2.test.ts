// pm2's ecosystem.config.js (read by the JS frontend; the rules' files parts judge its apps) next
// to the same settings in any other JS file, which stay the JS parts' alone.
import { noGlobalTlsBypass } from '../../../rules/no-global-tls-bypass/index.js';
import { noLegacyTlsVersion } from '../../../rules/no-legacy-tls-version/index.js';
import { noTlsKeyLogging } from '../../../rules/no-tls-key-logging/index.js';
import { runRuleTests } from '../rule-tester.js';

const APPS = (env: string, extra = '') => `module.exports = {\n  apps: [\n    {\n      name: 'api',\n      script: 'server.js',${extra}\n      env: {\n        NODE_ENV: 'development',\n        ${env}\n      },\n    },\n  ],\n};\n`;

runRuleTests(noGlobalTlsBypass, {
  valid: [
    { name: 'the same object in another file is not pm2', filename: 'src/config.js', code: APPS("NODE_TLS_REJECT_UNAUTHORIZED: '0',") },
    { name: 'a value that keeps verification on', filename: 'ecosystem.config.js', code: APPS("NODE_TLS_REJECT_UNAUTHORIZED: '1',") },
    { name: 'a comment', filename: 'ecosystem.config.cjs', code: APPS("// NODE_TLS_REJECT_UNAUTHORIZED: '0',") },
  ],
  invalid: [
    {
      name: 'ecosystem.config.js env',
      filename: 'ecosystem.config.js',
      code: APPS("⟦NODE_TLS_REJECT_UNAUTHORIZED: '0'⟧,"),
      messageIds: ['envVar'],
      fixes: [{ title: 'Remove the NODE_TLS_REJECT_UNAUTHORIZED setting', output: APPS('').replace("development',\n        \n", "development',\n") }],
    },
    {
      name: 'env_production through a constant, in an ES module',
      filename: 'ecosystem.config.mjs',
      code: "const insecure = { ⟦NODE_TLS_REJECT_UNAUTHORIZED: 0⟧ };\nexport default { apps: [{ name: 'worker', script: 'w.js', env_production: insecure }] };\n",
      messageIds: ['envVar'],
    },
  ],
});

runRuleTests(noLegacyTlsVersion, {
  valid: [{ name: 'node_args without legacy flags', filename: 'ecosystem.config.js', code: APPS("PORT: '3000',", "\n      node_args: '--max-old-space-size=2048',") }],
  invalid: [
    {
      name: 'node_args and NODE_OPTIONS',
      filename: 'ecosystem.config.js',
      code: APPS("NODE_OPTIONS: '⟦--tls-min-v1.1⟧',", "\n      node_args: '--max-old-space-size=2048 ⟦--tls-min-v1.0⟧',"),
      messageIds: ['nodeFlag', 'nodeFlag'],
      fixes: [{ title: 'Remove --tls-min-v1.0', output: APPS("NODE_OPTIONS: '--tls-min-v1.1',", "\n      node_args: '--max-old-space-size=2048',") }],
    },
  ],
});

runRuleTests(noTlsKeyLogging, {
  valid: [],
  invalid: [
    {
      name: 'interpreter_args',
      filename: 'ecosystem.config.cjs',
      code: APPS("PORT: '3000',", "\n      interpreter_args: '⟦--tls-keylog=/tmp/k.log⟧',"),
      messageIds: ['keylogFlag'],
    },
  ],
});
