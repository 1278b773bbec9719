// Shell command strings given to exec/execSync and `sh -c` (issue 16, process-wide knobs). These
// wait for the shell parser shared with the project files (rules/common/shell/ on branch `files`):
// they run as todo until that module is merged and the JS parts read exec strings with it, then
// the `todo` goes and they must pass. Each states where the finding must be, inside the string.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Rule } from '../../rules/api.js';
import { noGlobalTlsBypass } from '../../rules/no-global-tls-bypass/index.js';
import { noLegacyTlsVersion } from '../../rules/no-legacy-tls-version/index.js';
import { noTlsKeyLogging } from '../../rules/no-tls-key-logging/index.js';
import { lint, stripMarkers } from './rule-tester.js';

const WAITS = 'waits for the shared shell parser (rules/common/shell/, branch files)';
const CP = "const cp = require('node:child_process');\n";

const cases: { rule: Rule; name: string; code: string; messageIds: string[] }[] = [
  { rule: noGlobalTlsBypass, name: 'an inline assignment before the command', code: `${CP}cp.exec('⟦NODE_TLS_REJECT_UNAUTHORIZED=0⟧ node seed.js', done);\n`, messageIds: ['childEnv'] },
  { rule: noGlobalTlsBypass, name: 'export, env and cross-env in a command line', code: `${CP}cp.execSync('export ⟦NODE_TLS_REJECT_UNAUTHORIZED=0⟧ && npm test');\ncp.execSync('env ⟦NODE_TLS_REJECT_UNAUTHORIZED=0⟧ node a.js');\ncp.execSync(\`npx cross-env ⟦NODE_TLS_REJECT_UNAUTHORIZED=0⟧ node \${script}\`);\n`, messageIds: ['childEnv', 'childEnv', 'childEnv'] },
  { rule: noGlobalTlsBypass, name: 'sh -c with the script as an argument', code: `${CP}cp.spawn('sh', ['-c', '⟦NODE_TLS_REJECT_UNAUTHORIZED=0⟧ npm start']);\n`, messageIds: ['childEnv'] },
  { rule: noGlobalTlsBypass, name: 'traps: echo, grep, a value that keeps verification', code: `${CP}cp.exec('echo NODE_TLS_REJECT_UNAUTHORIZED=0 >> .env.example');\ncp.exec("grep -r 'NODE_TLS_REJECT_UNAUTHORIZED=0' src");\ncp.exec('NODE_TLS_REJECT_UNAUTHORIZED=1 node a.js');\n`, messageIds: [] },
  { rule: noLegacyTlsVersion, name: 'NODE_OPTIONS and node flags in an exec string', code: `${CP}cp.execSync('NODE_OPTIONS=⟦--tls-min-v1.0⟧ npm run e2e');\ncp.exec('node ⟦--tls-min-v1.1⟧ legacy-client.js');\n`, messageIds: ['flag', 'flag'] },
  { rule: noLegacyTlsVersion, name: 'trap: the flag after the script belongs to the script', code: `${CP}cp.exec('node app.js --tls-min-v1.0');\n`, messageIds: [] },
  { rule: noTlsKeyLogging, name: '--tls-keylog in an exec template', code: `${CP}cp.exec(\`node ⟦--tls-keylog=\${dir}/keys.log⟧ server.js\`);\n`, messageIds: ['keylogFlag'] },
];

describe('exec strings', () => {
  for (const c of cases) {
    // The traps hold already: nothing is read from exec strings yet.
    it(`${c.rule.meta.id}: ${c.name}`, c.messageIds.length ? { todo: WAITS } : {}, () => {
      const { code, ranges } = stripMarkers(c.code);
      const findings = lint(c.rule, code, 'x.js');
      assert.deepEqual(findings.map((f) => [f.start, f.end, f.messageId]), ranges.map((r, i) => [r.start, r.end, c.messageIds[i]]));
    });
  }
});
