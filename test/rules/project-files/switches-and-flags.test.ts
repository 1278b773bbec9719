// The files parts of no-unverified-certificate (curl, wget, pip switches), no-legacy-tls-version
// (--tls-min-v1.0/1.1), no-tls-key-logging (--tls-keylog, --trace-tls) and no-weak-cipher
// (--tls-cipher-list): tables over the file kinds that run commands or set NODE_OPTIONS.
import { noLegacyTlsVersion } from '../../../rules/no-legacy-tls-version/index.js';
import { noTlsKeyLogging } from '../../../rules/no-tls-key-logging/index.js';
import { noUnverifiedCertificate } from '../../../rules/no-unverified-certificate/index.js';
import { noWeakCipher } from '../../../rules/no-weak-cipher/index.js';
import { runRuleTests } from '../rule-tester.js';

runRuleTests(noUnverifiedCertificate, {
  valid: [
    { name: 'curl options whose argument holds a k, data and URLs', filename: 'Dockerfile', code: 'FROM alpine\nRUN curl -H "k: v" -o k https://x/-k && curl -Xk https://x && curl --data -k https://x\nRUN echo "curl -k is bad" && wget -q https://x\n# RUN curl -k https://x\n' },
    { name: 'pip without trusted hosts, a pipeline word', filename: '.github/workflows/ci.yml', code: 'on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: pip install -r requirements.txt --index-url https://pypi.example/simple\n      - name: curl -k pipeline\n        run: echo done\n' },
    { name: 'a script mentioning curl -k in a string', filename: 'package.json', code: '{ "scripts": { "doc": "echo \'never use curl -k\'" } }\n' },
  ],
  invalid: [
    {
      name: 'Dockerfile: curl -k in a cluster, --insecure, wget, pip',
      filename: 'Dockerfile',
      code: 'FROM python:3\nRUN curl ⟦-sSLk⟧ https://x/install.sh | sh\nRUN curl ⟦--insecure⟧ -o /tmp/a https://x/a && wget ⟦--no-check-certificate⟧ -q https://x/b\nRUN pip install ⟦--trusted-host⟧ pypi.example -r req.txt\n',
      messageIds: ['toolSwitch', 'toolSwitch', 'toolSwitch', 'toolSwitch'],
      fixes: [
        { title: 'Remove -k', output: 'FROM python:3\nRUN curl -sSL https://x/install.sh | sh\nRUN curl --insecure -o /tmp/a https://x/a && wget --no-check-certificate -q https://x/b\nRUN pip install --trusted-host pypi.example -r req.txt\n' },
        { finding: 1, title: 'Remove --insecure', output: 'FROM python:3\nRUN curl -sSLk https://x/install.sh | sh\nRUN curl -o /tmp/a https://x/a && wget --no-check-certificate -q https://x/b\nRUN pip install --trusted-host pypi.example -r req.txt\n' },
        { finding: 3, title: 'Remove --trusted-host', output: 'FROM python:3\nRUN curl -sSLk https://x/install.sh | sh\nRUN curl --insecure -o /tmp/a https://x/a && wget --no-check-certificate -q https://x/b\nRUN pip install -r req.txt\n' },
      ],
    },
    {
      name: 'Dockerfile: a cluster repeating k (every k goes, the option taking an argument keeps its letters)',
      filename: 'Dockerfile',
      code: 'FROM node:20\nRUN curl ⟦-sSLksk⟧ https://x/a && curl ⟦-kok⟧ https://x/b\n',
      messageIds: ['toolSwitch', 'toolSwitch'],
      fixes: [
        { title: 'Remove -k', output: 'FROM node:20\nRUN curl -sSLs https://x/a && curl -kok https://x/b\n' },
        { finding: 1, title: 'Remove -k', output: 'FROM node:20\nRUN curl -sSLksk https://x/a && curl -ok https://x/b\n' },
      ],
    },
    {
      name: 'GitLab script list and a Kubernetes sh -c command',
      filename: '.gitlab-ci.yml',
      code: 'deploy:\n  script:\n    - curl ⟦-k⟧ https://internal/deploy\n    - python -m pip install ⟦--trusted-host=pypi.internal⟧ x\n',
      messageIds: ['toolSwitch', 'toolSwitch'],
    },
    {
      name: 'Kubernetes: a command list running sh -c',
      filename: 'job.yaml',
      code: 'apiVersion: batch/v1\nkind: Job\nspec:\n  template:\n    spec:\n      containers:\n        - name: seed\n          command: ["sh", "-c", "curl ⟦-k⟧ https://api.internal/seed"]\n',
      messageIds: ['toolSwitch'],
      fixes: [{ title: 'Remove -k', output: 'apiVersion: batch/v1\nkind: Job\nspec:\n  template:\n    spec:\n      containers:\n        - name: seed\n          command: ["sh", "-c", "curl https://api.internal/seed"]\n' }],
    },
  ],
});

runRuleTests(noLegacyTlsVersion, {
  valid: [
    { name: 'TLS 1.2 and 1.3 floors, a 1.3 cap, an unknown value, comments', filename: '.env', code: 'NODE_OPTIONS=--tls-min-v1.2 --tls-max-v1.3\n# NODE_OPTIONS=--tls-min-v1.0\n# NODE_OPTIONS=--tls-max-v1.2\nOTHER=--tls-min-v1.0\nNODE_OPTIONS_EXTRA=--tls-max-v1.2\n' },
    { name: 'a cap given to the script, echoed', filename: 'package.json', code: '{ "scripts": { "a": "node app.js --tls-max-v1.2", "b": "echo --tls-max-v1.2" } }\n' },
    { name: 'a script argument after the script name is the script\'s', filename: 'package.json', code: '{ "scripts": { "a": "node app.js --tls-min-v1.0", "b": "node -e \\"1\\" --tls-min-v1.0", "c": "echo --tls-min-v1.0" } }\n' },
  ],
  invalid: [
    {
      name: 'package.json: node flag and NODE_OPTIONS',
      filename: 'package.json',
      code: '{\n  "scripts": {\n    "start": "node ⟦--tls-min-v1.0⟧ server.js",\n    "dev": "NODE_OPTIONS=\'⟦--tls-min-v1.1⟧ --inspect\' nodemon"\n  }\n}\n',
      messageIds: ['nodeFlag', 'nodeFlag'],
      fixes: [
        { title: 'Remove --tls-min-v1.0', output: '{\n  "scripts": {\n    "start": "node server.js",\n    "dev": "NODE_OPTIONS=\'--tls-min-v1.1 --inspect\' nodemon"\n  }\n}\n' },
        { finding: 1, title: 'Remove --tls-min-v1.1', output: '{\n  "scripts": {\n    "start": "node --tls-min-v1.0 server.js",\n    "dev": "NODE_OPTIONS=\'--inspect\' nodemon"\n  }\n}\n' },
      ],
    },
    {
      name: 'a flag after an option that takes the next word (-r dotenv/config) is still node\'s',
      filename: 'package.json',
      code: '{ "scripts": { "start": "node -r dotenv/config ⟦--tls-min-v1.0⟧ server.js" } }\n',
      messageIds: ['nodeFlag'],
      fixes: [{ title: 'Remove --tls-min-v1.0', output: '{ "scripts": { "start": "node -r dotenv/config server.js" } }\n' }],
    },
    {
      name: 'Dockerfile ENV and CMD exec form',
      filename: 'Dockerfile',
      code: 'FROM node:20\nENV NODE_OPTIONS="--max-old-space-size=2048 ⟦--tls-min-v1.0⟧"\nCMD ["node", "⟦--tls-min-v1.1⟧", "server.js"]\n',
      messageIds: ['nodeFlag', 'nodeFlag'],
      fixes: [
        { title: 'Remove --tls-min-v1.0', output: 'FROM node:20\nENV NODE_OPTIONS="--max-old-space-size=2048"\nCMD ["node", "--tls-min-v1.1", "server.js"]\n' },
        { finding: 1, title: 'Remove --tls-min-v1.1', output: 'FROM node:20\nENV NODE_OPTIONS="--max-old-space-size=2048 --tls-min-v1.0"\nCMD ["node", "server.js"]\n' },
      ],
    },
    {
      name: 'compose and GitHub Actions NODE_OPTIONS alone: the setting goes',
      filename: 'docker-compose.yml',
      code: 'services:\n  api:\n    environment:\n      NODE_OPTIONS: ⟦--tls-min-v1.0⟧\n      PORT: "3000"\n',
      messageIds: ['nodeFlag'],
      fixes: [{ title: 'Remove --tls-min-v1.0', output: 'services:\n  api:\n    environment:\n      PORT: "3000"\n' }],
    },
    {
      // The same warning the code's NODE_OPTIONS and execArgv give (test/rules/no-legacy-tls-version.test.ts).
      name: '--tls-max-v1.2 in package.json scripts: a warning, as in the code',
      filename: 'package.json',
      code: '{ "scripts": { "start": "node ⟦--tls-max-v1.2⟧ server.js", "dev": "cross-env NODE_OPTIONS=⟦--tls-max-v1.2⟧ nodemon" } }\n',
      messageIds: ['flagMax', 'flagMax'],
      severities: ['warning', 'warning'],
      messageIncludes: ['--tls-max-v1.2 in node\'s command line (the "start" script) turns TLS 1.3 off for every connection of the Node process.'],
      fixes: [
        { title: 'Remove --tls-max-v1.2', output: '{ "scripts": { "start": "node server.js", "dev": "cross-env NODE_OPTIONS=--tls-max-v1.2 nodemon" } }\n' },
        { finding: 1, title: 'Remove --tls-max-v1.2', output: '{ "scripts": { "start": "node --tls-max-v1.2 server.js", "dev": "cross-env nodemon" } }\n' },
      ],
    },
    {
      name: '--tls-max-v1.2 in .env',
      filename: '.env.production',
      code: 'PORT=3000\nNODE_OPTIONS="--max-old-space-size=1024 ⟦--tls-max-v1.2⟧"\n',
      messageIds: ['flagMax'],
      severities: ['warning'],
      messageIncludes: ['turns TLS 1.3 off for every connection of the Node process'],
      fixes: [{ title: 'Remove --tls-max-v1.2', output: 'PORT=3000\nNODE_OPTIONS="--max-old-space-size=1024"\n' }],
    },
    {
      name: '--tls-max-v1.2 in a Dockerfile and in compose, beside a floor that is reported as an error',
      filename: 'Dockerfile',
      code: 'FROM node:20\nENV NODE_OPTIONS="⟦--tls-max-v1.2⟧ ⟦--tls-min-v1.0⟧"\nCMD ["node", "⟦--tls-max-v1.2⟧", "server.js"]\n',
      messageIds: ['flagMax', 'nodeFlag', 'flagMax'],
      severities: ['warning', 'error', 'warning'],
      fixes: [{ finding: 2, title: 'Remove --tls-max-v1.2', output: 'FROM node:20\nENV NODE_OPTIONS="--tls-max-v1.2 --tls-min-v1.0"\nCMD ["node", "server.js"]\n' }],
    },
    {
      name: 'compose environment list',
      filename: 'compose.yaml',
      code: 'services:\n  api:\n    environment:\n      - NODE_OPTIONS=⟦--tls-max-v1.2⟧\n',
      messageIds: ['flagMax'],
      severities: ['warning'],
    },
    {
      name: 'pm2 ecosystem.config.json node_args',
      filename: 'ecosystem.config.json',
      code: '{ "apps": [{ "name": "api", "script": "server.js", "node_args": "⟦--tls-min-v1.0⟧", "env_production": { "NODE_OPTIONS": "⟦--tls-min-v1.1⟧" } }] }\n',
      messageIds: ['nodeFlag', 'nodeFlag'],
    },
  ],
});

runRuleTests(noTlsKeyLogging, {
  valid: [{ name: 'other flags, a comment', filename: '.env', code: 'NODE_OPTIONS=--trace-warnings\n# NODE_OPTIONS=--tls-keylog=/tmp/keys\n' }],
  invalid: [
    {
      name: 'NODE_OPTIONS in .env and node in a script',
      filename: '.env.local',
      code: 'NODE_OPTIONS=⟦--tls-keylog=/tmp/keys.log⟧\n',
      messageIds: ['keylogFlag'],
      fixes: [{ title: 'Remove --tls-keylog', output: '' }],
    },
    {
      name: 'package.json',
      filename: 'package.json',
      code: '{ "scripts": { "debug": "node ⟦--trace-tls⟧ ⟦--tls-keylog⟧ keys.log app.js" } }\n',
      messageIds: ['traceFlag', 'keylogFlag'],
      fixes: [{ title: 'Remove --trace-tls', output: '{ "scripts": { "debug": "node --tls-keylog keys.log app.js" } }\n' }, { finding: 1, title: 'Remove --tls-keylog', output: '{ "scripts": { "debug": "node --trace-tls app.js" } }\n' }],
    },
  ],
});

runRuleTests(noWeakCipher, {
  valid: [{ name: 'Mozilla intermediate list and no flag', filename: 'package.json', code: '{ "scripts": { "a": "node --tls-cipher-list=ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256 x.js", "b": "echo --tls-cipher-list=RC4-SHA" } }\n' }],
  invalid: [
    {
      name: 'package.json: a weak suite, pointed into',
      filename: 'package.json',
      code: '{ "scripts": { "a": "node --tls-cipher-list=ECDHE-RSA-AES128-GCM-SHA256:⟦RC4-SHA⟧ x.js" } }\n',
      messageIds: ['insecure'],
      fixes: [
        { title: "Remove 'RC4-SHA' from the cipher list", output: '{ "scripts": { "a": "node --tls-cipher-list=ECDHE-RSA-AES128-GCM-SHA256 x.js" } }\n' },
        { title: 'Remove --tls-cipher-list (use the Node.js default list)', output: '{ "scripts": { "a": "node x.js" } }\n' },
      ],
    },
    {
      name: 'Dockerfile ENV NODE_OPTIONS',
      filename: 'Dockerfile',
      code: 'FROM node:20\nENV NODE_OPTIONS="--tls-cipher-list=⟦DES-CBC3-SHA⟧:ECDHE-RSA-AES128-GCM-SHA256"\n',
      messageIds: ['insecure'],
      fixes: [
        { title: "Remove 'DES-CBC3-SHA' from the cipher list", output: 'FROM node:20\nENV NODE_OPTIONS="--tls-cipher-list=ECDHE-RSA-AES128-GCM-SHA256"\n' },
        { title: 'Remove --tls-cipher-list (use the Node.js default list)', output: 'FROM node:20\n' },
      ],
    },
  ],
});
