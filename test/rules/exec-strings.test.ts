// Shell command strings given to exec/execSync, spawn with `shell: true` and `sh -c` (issue 16,
// process-wide knobs), read with the shell parser and model shared with the project files
// (rules/js/exec-strings.ts): each finding sits inside the string, where the assignment or flag is
// written, and its fix takes exactly that out of the command line.
import { noGlobalTlsBypass } from '../../rules/no-global-tls-bypass/index.js';
import { noLegacyTlsVersion } from '../../rules/no-legacy-tls-version/index.js';
import { noTlsKeyLogging } from '../../rules/no-tls-key-logging/index.js';
import { noUnverifiedCertificate } from '../../rules/no-unverified-certificate/index.js';
import { runRuleTests } from './rule-tester.js';

const CP = "const cp = require('node:child_process');\n";
const REMOVE_VAR = 'Remove the NODE_TLS_REJECT_UNAUTHORIZED setting';

runRuleTests(noGlobalTlsBypass, {
  valid: [
    { name: 'echo, grep and a value that keeps verification', code: `${CP}cp.exec('echo NODE_TLS_REJECT_UNAUTHORIZED=0 >> .env.example');\ncp.exec("grep -r 'NODE_TLS_REJECT_UNAUTHORIZED=0' src");\ncp.exec('NODE_TLS_REJECT_UNAUTHORIZED=1 node a.js');\n`, filename: 'x.js' },
    { name: 'a quoted mention, a shell comment and a shell variable that is not exported', code: `${CP}cp.execSync('echo "set NODE_TLS_REJECT_UNAUTHORIZED=0 to debug"');\ncp.execSync('# NODE_TLS_REJECT_UNAUTHORIZED=0 node a.js\\nnode a.js');\ncp.execSync('NODE_TLS_REJECT_UNAUTHORIZED=0; node a.js');\n`, filename: 'x.js' },
    { name: 'a value the file does not say', code: `${CP}cp.exec(\`NODE_TLS_REJECT_UNAUTHORIZED=\${flag} node a.js\`);\ncp.exec(\`NODE_TLS_REJECT_UNAUTHORIZED=0\${suffix} node a.js\`);\n`, filename: 'x.js' },
    { name: 'not child_process: a local exec, a database exec', code: "const exec = (s) => s;\nexec('NODE_TLS_REJECT_UNAUTHORIZED=0 node a.js');\ndb.exec('NODE_TLS_REJECT_UNAUTHORIZED=0');\n", filename: 'x.js' },
    { name: 'spawn without a shell runs the string as a program name', code: `${CP}cp.spawn('NODE_TLS_REJECT_UNAUTHORIZED=0 node a.js');\n`, filename: 'x.js' },
  ],
  invalid: [
    {
      name: 'a command line chosen by a flag (`const cmd = legacy ? … : …; execSync(cmd)`), each string placed where it is written (blind21 11)',
      filename: 'x.js',
      code: `${CP}function install(dir, legacy = false) {\n  const cmd = legacy ? '⟦NODE_TLS_REJECT_UNAUTHORIZED=0⟧ npm install' : 'npm install';\n  cp.execSync(cmd, { cwd: dir });\n}\ncp.execSync(process.env.CI ? 'npm ci' : '⟦NODE_TLS_REJECT_UNAUTHORIZED=0⟧ npm ci');\n`,
      messageIds: ['envVar', 'envVar'],
      fixes: [
        { finding: 0, title: REMOVE_VAR, output: `${CP}function install(dir, legacy = false) {\n  const cmd = legacy ? 'npm install' : 'npm install';\n  cp.execSync(cmd, { cwd: dir });\n}\ncp.execSync(process.env.CI ? 'npm ci' : 'NODE_TLS_REJECT_UNAUTHORIZED=0 npm ci');\n` },
      ],
    },
    {
      name: 'an inline assignment before the command',
      filename: 'x.js',
      code: `${CP}cp.exec('⟦NODE_TLS_REJECT_UNAUTHORIZED=0⟧ node seed.js', done);\n`,
      messageIds: ['envVar'],
      messageIncludes: ['NODE_TLS_REJECT_UNAUTHORIZED=0 in the exec command makes Node accept any certificate.'],
      fixes: [{ title: REMOVE_VAR, output: `${CP}cp.exec('node seed.js', done);\n` }],
    },
    {
      name: 'export, env and cross-env in a command line, a template with an unknown script',
      filename: 'x.js',
      code: `${CP}cp.execSync('export ⟦NODE_TLS_REJECT_UNAUTHORIZED=0⟧ && npm test');\ncp.execSync('env ⟦NODE_TLS_REJECT_UNAUTHORIZED=0⟧ node a.js');\ncp.execSync(\`npx cross-env ⟦NODE_TLS_REJECT_UNAUTHORIZED=0⟧ node \${script}\`);\n`,
      messageIds: ['envVar', 'envVar', 'envVar'],
      fixes: [
        { finding: 1, title: REMOVE_VAR, output: `${CP}cp.execSync('export NODE_TLS_REJECT_UNAUTHORIZED=0 && npm test');\ncp.execSync('env node a.js');\ncp.execSync(\`npx cross-env NODE_TLS_REJECT_UNAUTHORIZED=0 node \${script}\`);\n` },
        { finding: 2, title: REMOVE_VAR, output: `${CP}cp.execSync('export NODE_TLS_REJECT_UNAUTHORIZED=0 && npm test');\ncp.execSync('env NODE_TLS_REJECT_UNAUTHORIZED=0 node a.js');\ncp.execSync(\`npx cross-env node \${script}\`);\n` },
      ],
    },
    {
      name: 'sh -c with the script as an argument, spawn with shell: true, a command held in a constant',
      filename: 'x.js',
      code: `${CP}cp.spawn('sh', ['-c', '⟦NODE_TLS_REJECT_UNAUTHORIZED=0⟧ npm start']);\ncp.spawn('⟦NODE_TLS_REJECT_UNAUTHORIZED=0⟧ npm start', { shell: true });\nconst SEED = '⟦NODE_TLS_REJECT_UNAUTHORIZED=0⟧ node seed.js';\ncp.execSync(SEED, { stdio: 'inherit' });\n`,
      messageIds: ['envVar', 'envVar', 'envVar'],
      fixes: [{ finding: 2, title: REMOVE_VAR, output: `${CP}cp.spawn('sh', ['-c', 'NODE_TLS_REJECT_UNAUTHORIZED=0 npm start']);\ncp.spawn('NODE_TLS_REJECT_UNAUTHORIZED=0 npm start', { shell: true });\nconst SEED = 'node seed.js';\ncp.execSync(SEED, { stdio: 'inherit' });\n` }],
    },
    {
      name: "npm's and git's own switches in a command line",
      filename: 'x.js',
      code: `${CP}cp.execSync('npm ci ⟦--strict-ssl=false⟧');\ncp.execSync('git -c ⟦http.sslVerify=false⟧ clone https://git.internal/repo.git');\n`,
      messageIds: ['toolSetting', 'toolSetting'],
      fixes: [{ title: 'Remove strict-ssl', output: `${CP}cp.execSync('npm ci');\ncp.execSync('git -c http.sslVerify=false clone https://git.internal/repo.git');\n` }],
    },
  ],
});

runRuleTests(noLegacyTlsVersion, {
  valid: [
    { name: 'the flag after the script belongs to the script', code: `${CP}cp.exec('node app.js --tls-min-v1.0');\n`, filename: 'x.js' },
    { name: 'an echoed flag', code: `${CP}cp.exec('echo "node --tls-min-v1.0 is deprecated"');\n`, filename: 'x.js' },
  ],
  invalid: [
    {
      name: 'NODE_OPTIONS and node flags in an exec string',
      filename: 'x.js',
      code: `${CP}cp.execSync('NODE_OPTIONS=⟦--tls-min-v1.0⟧ npm run e2e');\ncp.exec('node ⟦--tls-min-v1.1⟧ legacy-client.js');\n`,
      messageIds: ['nodeFlag', 'nodeFlag'],
      messageIncludes: ['--tls-min-v1.0 in NODE_OPTIONS (the execSync command) lets Node fall back to TLS 1.0, a deprecated protocol.'],
      fixes: [
        { title: 'Remove --tls-min-v1.0', output: `${CP}cp.execSync('npm run e2e');\ncp.exec('node --tls-min-v1.1 legacy-client.js');\n` },
        { finding: 1, title: 'Remove --tls-min-v1.1', output: `${CP}cp.execSync('NODE_OPTIONS=--tls-min-v1.0 npm run e2e');\ncp.exec('node legacy-client.js');\n` },
      ],
    },
  ],
});

runRuleTests(noTlsKeyLogging, {
  valid: [{ name: 'a key log path given to the script', code: `${CP}cp.exec(\`node server.js --tls-keylog=\${dir}/keys.log\`);\n`, filename: 'x.js' }],
  invalid: [
    {
      name: '--tls-keylog in an exec template, around an unknown part',
      filename: 'x.js',
      code: `${CP}cp.exec(\`node ⟦--tls-keylog=\${dir}/keys.log⟧ server.js\`);\n`,
      messageIds: ['keylogFlag'],
      fixes: [{ title: 'Remove --tls-keylog', output: `${CP}cp.exec(\`node server.js\`);\n` }],
    },
  ],
});

runRuleTests(noUnverifiedCertificate, {
  valid: [{ name: 'a -k that is an argument of -H', code: `${CP}cp.execSync('curl -H k https://example.com');\n`, filename: 'x.js' }],
  invalid: [
    {
      name: 'curl -k in an exec string',
      filename: 'x.js',
      code: `${CP}cp.execSync('curl ⟦-k⟧ -o tool.tgz https://downloads.internal/tool.tgz');\n`,
      messageIds: ['toolSwitch'],
      fixes: [{ title: 'Remove -k', output: `${CP}cp.execSync('curl -o tool.tgz https://downloads.internal/tool.tgz');\n` }],
    },
  ],
});
