// Command lines that reach a shell through a wrapper of child_process (issue 16): the promise form
// of exec (util.promisify), shelljs's exec, and execa given `shell: true`; and the `${…}` holes of
// template literals in all of them: the constant parts are read by the shared shell reader, a hole
// is one unknown word, and nothing only a hole could make unsafe is reported.
import { noGlobalTlsBypass } from '../../rules/no-global-tls-bypass/index.js';
import { noLegacyTlsVersion } from '../../rules/no-legacy-tls-version/index.js';
import { runRuleTests } from './rule-tester.js';

const REMOVE_VAR = 'Remove the NODE_TLS_REJECT_UNAUTHORIZED setting';
const PROMISIFY = "const util = require('util');\nconst cp = require('child_process');\nconst run = util.promisify(cp.exec);\n";
const EXECA = "import { execa, execaCommand, execaSync } from 'execa';\n";

runRuleTests(noGlobalTlsBypass, {
  valid: [
    { name: 'the variable or the prefix is a hole', code: `${PROMISIFY}await run(\`\${prefix} node a.js\`);\nawait run(\`NODE_TLS_REJECT_UNAUTHORIZED=\${value} node a.js\`);\nawait run(\`env \${name}=0 node a.js\`);\n`, filename: 'x.mjs' },
    { name: 'promisify of something else, a local promisify', code: "const util = require('util');\nconst fs = require('fs');\nconst read = util.promisify(fs.readFile);\nread('NODE_TLS_REJECT_UNAUTHORIZED=0 node a.js');\nconst promisify = (f) => f;\nconst cp = require('child_process');\nconst run = promisify((s) => s);\nrun('NODE_TLS_REJECT_UNAUTHORIZED=0 node a.js');\n", filename: 'x.js' },
    { name: 'execa and execaCommand run the first word as a program without shell', code: `${EXECA}await execa('NODE_TLS_REJECT_UNAUTHORIZED=0 node a.js');\nawait execaCommand('NODE_TLS_REJECT_UNAUTHORIZED=0 node a.js', { shell: false });\nexecaSync('node', ['NODE_TLS_REJECT_UNAUTHORIZED=0']);\n`, filename: 'x.mjs' },
    { name: 'an exec that is not shelljs', code: "const shell = require('./shell');\nshell.exec('NODE_TLS_REJECT_UNAUTHORIZED=0 node a.js');\n", filename: 'x.js' },
  ],
  invalid: [
    {
      name: 'util.promisify(exec) held in a variable, with a hole for the script',
      filename: 'x.mjs',
      code: `${PROMISIFY}await run(\`⟦NODE_TLS_REJECT_UNAUTHORIZED=0⟧ node \${script}\`);\n`,
      messageIds: ['envVar'],
      messageIncludes: ['NODE_TLS_REJECT_UNAUTHORIZED=0 in the exec command'],
      fixes: [{ title: REMOVE_VAR, output: `${PROMISIFY}await run(\`node \${script}\`);\n` }],
    },
    {
      name: 'promisify imported by name and called at once, execSync from a destructured require',
      filename: 'x.mjs',
      code: "import { promisify } from 'node:util';\nimport { exec } from 'node:child_process';\nawait promisify(exec)('⟦NODE_TLS_REJECT_UNAUTHORIZED=0⟧ npm test');\n",
      messageIds: ['envVar'],
      fixes: [{ title: REMOVE_VAR, output: "import { promisify } from 'node:util';\nimport { exec } from 'node:child_process';\nawait promisify(exec)('npm test');\n" }],
    },
    {
      name: "shelljs's exec, as a namespace and by name",
      filename: 'x.js',
      code: "const shell = require('shelljs');\nshell.exec(`⟦NODE_TLS_REJECT_UNAUTHORIZED=0⟧ node ${dir}/seed.js`);\nconst { exec } = require('shelljs');\nexec('export ⟦NODE_TLS_REJECT_UNAUTHORIZED=0⟧ && npm start', { silent: true });\n",
      messageIds: ['envVar', 'envVar'],
      messageIncludes: ['in the exec command'],
      fixes: [{ title: REMOVE_VAR, output: "const shell = require('shelljs');\nshell.exec(`node ${dir}/seed.js`);\nconst { exec } = require('shelljs');\nexec('export NODE_TLS_REJECT_UNAUTHORIZED=0 && npm start', { silent: true });\n" }],
    },
    {
      name: 'execa, execaCommand and execaSync with shell: true; execa running sh -c',
      filename: 'x.mjs',
      code: `${EXECA}await execa(\`⟦NODE_TLS_REJECT_UNAUTHORIZED=0⟧ node \${file}\`, { shell: true });\nawait execaCommand('⟦NODE_TLS_REJECT_UNAUTHORIZED=0⟧ npm test', { shell: '/bin/bash' });\nexecaSync('⟦NODE_TLS_REJECT_UNAUTHORIZED=0⟧ node a.js', [], { shell: true });\nawait execa('sh', ['-c', '⟦NODE_TLS_REJECT_UNAUTHORIZED=0⟧ npm start']);\n`,
      messageIds: ['envVar', 'envVar', 'envVar', 'envVar'],
      messageIncludes: ['in the execa command', 'in the execaCommand command'],
      fixes: [{ finding: 1, title: REMOVE_VAR, output: `${EXECA}await execa(\`NODE_TLS_REJECT_UNAUTHORIZED=0 node \${file}\`, { shell: true });\nawait execaCommand('npm test', { shell: '/bin/bash' });\nexecaSync('NODE_TLS_REJECT_UNAUTHORIZED=0 node a.js', [], { shell: true });\nawait execa('sh', ['-c', 'NODE_TLS_REJECT_UNAUTHORIZED=0 npm start']);\n` }],
    },
    {
      name: "execa 5's CommonJS functions",
      filename: 'x.js',
      code: "const execa = require('execa');\nexeca.commandSync('⟦NODE_TLS_REJECT_UNAUTHORIZED=0⟧ node a.js', { shell: true });\n",
      messageIds: ['envVar'],
      fixes: [{ title: REMOVE_VAR, output: "const execa = require('execa');\nexeca.commandSync('node a.js', { shell: true });\n" }],
    },
  ],
});

runRuleTests(noLegacyTlsVersion, {
  valid: [
    { name: 'NODE_OPTIONS or the flags are a hole', code: `${PROMISIFY}await run(\`NODE_OPTIONS=\${opts} node a.js\`);\nawait run(\`node \${flags} a.js\`);\nawait run(\`node a.js --tls-min-v1.0 \${x}\`);\n`, filename: 'x.mjs' },
  ],
  invalid: [
    {
      name: 'NODE_OPTIONS in a promisified exec template inside a loop',
      filename: 'x.mjs',
      code: `${PROMISIFY}for (const s of list) await run(\`NODE_OPTIONS=⟦--tls-min-v1.0⟧ node ./ping.js \${s}\`);\n`,
      messageIds: ['nodeFlag'],
      fixes: [{ title: 'Remove --tls-min-v1.0', output: `${PROMISIFY}for (const s of list) await run(\`node ./ping.js \${s}\`);\n` }],
    },
    {
      name: '--tls-max-v1.2 in an exec command line: the warning NODE_OPTIONS in code gives',
      filename: 'x.js',
      code: "const shell = require('shelljs');\nshell.exec('node ⟦--tls-max-v1.2⟧ client.js');\n",
      messageIds: ['flagMax'],
      severities: ['warning'],
      fixes: [{ title: 'Remove --tls-max-v1.2', output: "const shell = require('shelljs');\nshell.exec('node client.js');\n" }],
    },
  ],
});
