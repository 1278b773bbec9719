// no-global-tls-bypass in project files: one table per file kind, traps included, every fix
// re-parsed and re-linted (rule-tester.ts).
import { noGlobalTlsBypass } from '../../../rules/no-global-tls-bypass/index.js';
import { runRuleTests, type InvalidCase } from '../rule-tester.js';

const env = (code: string, filename: string, name: string, fixes?: InvalidCase['fixes']): InvalidCase => ({ code, filename, name, messageIds: [...code.matchAll(/⟦/g)].map(() => 'envVar'), ...(fixes ? { fixes } : {}) });
const setting = (code: string, filename: string, name: string, fixes?: InvalidCase['fixes']): InvalidCase => ({ code, filename, name, messageIds: [...code.matchAll(/⟦/g)].map(() => 'toolSetting'), ...(fixes ? { fixes } : {}) });
const REMOVE = 'Remove the NODE_TLS_REJECT_UNAUTHORIZED setting';

runRuleTests(noGlobalTlsBypass, {
  valid: [
    // package.json
    { name: 'package.json: values that keep verification on, reads, echo and other keys', filename: 'package.json', code: '{\n  "scripts": {\n    "a": "NODE_TLS_REJECT_UNAUTHORIZED=1 node x",\n    "b": "NODE_TLS_REJECT_UNAUTHORIZED=false node x",\n    "c": "echo NODE_TLS_REJECT_UNAUTHORIZED=0",\n    "d": "node -e \\"console.log(process.env.NODE_TLS_REJECT_UNAUTHORIZED)\\"",\n    "e": "NODE_TLS_REJECT_UNAUTHORIZED=$TLS node x"\n  },\n  "description": "NODE_TLS_REJECT_UNAUTHORIZED=0 node x",\n  "config": { "NODE_TLS_REJECT_UNAUTHORIZED": "0" }\n}\n' },
    { name: 'package.json: a shell variable never exported', filename: 'package.json', code: '{ "scripts": { "a": "NODE_TLS_REJECT_UNAUTHORIZED=0; node x" } }\n' },
    { name: 'package.json: npm config get and strict-ssl true', filename: 'package.json', code: '{ "scripts": { "a": "npm config get strict-ssl", "b": "npm config set strict-ssl true", "c": "npm ci --strict-ssl=true" } }\n' },
    { name: 'another JSON file is not read', filename: 'tsconfig.json', code: '{ "scripts": { "a": "NODE_TLS_REJECT_UNAUTHORIZED=0 node x" } }\n' },
    // .npmrc / .yarnrc
    { name: '.npmrc: comments, true, other keys', filename: '.npmrc', code: '# strict-ssl=false\n; strict-ssl=false\nstrict-ssl=true\nstrict-ssl-extra=false\nregistry=https://r.example/strict-ssl=false\n' },
    { name: '.yarnrc: true', filename: '.yarnrc', code: '# strict-ssl false\nstrict-ssl true\n' },
    // .env
    { name: '.env: comments, 1, empty, interpolation', filename: '.env', code: '# NODE_TLS_REJECT_UNAUTHORIZED=0\nNODE_TLS_REJECT_UNAUTHORIZED=1\nNODE_TLS_REJECT_UNAUTHORIZED=\nNODE_TLS_REJECT_UNAUTHORIZED_X=0\nPYTHONHTTPSVERIFY=1\nMESSAGE="set NODE_TLS_REJECT_UNAUTHORIZED=0 to debug"\n' },
    // Dockerfile
    { name: 'Dockerfile: comments, 1, a variable, an echo', filename: 'Dockerfile', code: 'FROM node:20\n# ENV NODE_TLS_REJECT_UNAUTHORIZED=0\nENV NODE_TLS_REJECT_UNAUTHORIZED=1\nARG TLS=0\nENV NODE_TLS_REJECT_UNAUTHORIZED=$TLS\nRUN echo "NODE_TLS_REJECT_UNAUTHORIZED=0" > /dev/null\nLABEL note="NODE_TLS_REJECT_UNAUTHORIZED=0"\n' },
    // YAML
    { name: 'compose: 1, interpolation, env_file, a comment', filename: 'docker-compose.yml', code: 'services:\n  api:\n    env_file: .env\n    environment:\n      # - NODE_TLS_REJECT_UNAUTHORIZED=0\n      - NODE_TLS_REJECT_UNAUTHORIZED=1\n      NODE_EXTRA: x\n  web:\n    environment:\n      NODE_TLS_REJECT_UNAUTHORIZED: ${TLS_REJECT:-0}\n' },
    { name: 'Kubernetes: valueFrom and another name', filename: 'deploy.yaml', code: 'apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - name: app\n      env:\n        - name: NODE_TLS_REJECT_UNAUTHORIZED\n          valueFrom:\n            configMapKeyRef: { name: c, key: k }\n        - name: OTHER\n          value: "0"\n' },
    { name: 'GitHub Actions: expressions and a string mentioning it', filename: '.github/workflows/ci.yml', code: 'on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    env:\n      NODE_TLS_REJECT_UNAUTHORIZED: ${{ vars.TLS }}\n    steps:\n      - run: echo "do not set NODE_TLS_REJECT_UNAUTHORIZED=0"\n      - name: NODE_TLS_REJECT_UNAUTHORIZED=0 is bad\n        run: npm test\n' },
    { name: '.yarnrc.yml: true', filename: '.yarnrc.yml', code: 'enableStrictSsl: true\n' },
    { name: 'POSIX set with options, a CA bundle path', filename: 'Dockerfile', code: 'FROM alpine\nRUN set -eux && curl -fsSL https://x\nENV CURL_CA_BUNDLE=/etc/ssl/certs/ca-certificates.crt\n' },
    { name: 'enableStrictSsl outside .yarnrc.yml is not Yarn\'s', filename: 'values.yaml', code: 'enableStrictSsl: false\n' },
    { name: 'git: sslVerify true, another key', filename: 'Dockerfile', code: 'FROM alpine\nRUN git config --global http.sslVerify true && git config --global http.postBuffer 0\n' },
  ],
  invalid: [
    env('{\n  "scripts": {\n    "dev": "⟦NODE_TLS_REJECT_UNAUTHORIZED=0⟧ next dev"\n  }\n}\n', 'package.json', 'package.json: an inline assignment', [
      { title: REMOVE, output: '{\n  "scripts": {\n    "dev": "next dev"\n  }\n}\n' },
    ]),
    env('{ "scripts": { "start": "cross-env ⟦NODE_TLS_REJECT_UNAUTHORIZED=0⟧ PORT=3000 node server.js" } }\n', 'package.json', 'package.json: cross-env', [
      { title: REMOVE, output: '{ "scripts": { "start": "cross-env PORT=3000 node server.js" } }\n' },
    ]),
    env('{ "scripts": { "a": "env ⟦NODE_TLS_REJECT_UNAUTHORIZED=\'0\'⟧ node x", "b": "npm run build && ⟦NODE_TLS_REJECT_UNAUTHORIZED=\\"0\\"⟧ node x" } }\n', 'package.json', 'package.json: env, quotes, after &&'),
    env('{ "scripts": { "a": "export ⟦NODE_TLS_REJECT_UNAUTHORIZED=0⟧ && node x" } }\n', 'package.json', 'package.json: export then &&', [
      { title: REMOVE, output: '{ "scripts": { "a": "node x" } }\n' },
    ]),
    env('{ "scripts": { "a": "⟦NODE_TLS_REJECT_UNAUTHORIZED=0⟧; export NODE_TLS_REJECT_UNAUTHORIZED; node x" } }\n', 'package.json', 'package.json: assigned, then exported', [
      { title: REMOVE, output: '{ "scripts": { "a": "NODE_TLS_REJECT_UNAUTHORIZED=0; node x" } }\n' },
    ]),
    setting('{ "scripts": { "setup": "npm config set ⟦strict-ssl false⟧ && npm ci", "ci": "npm ci ⟦--strict-ssl=false⟧" } }\n', 'package.json', 'package.json: npm config set and --strict-ssl', [
      { title: 'Remove strict-ssl', output: '{ "scripts": { "setup": "npm ci", "ci": "npm ci --strict-ssl=false" } }\n' },
      { finding: 1, title: 'Remove strict-ssl', output: '{ "scripts": { "setup": "npm config set strict-ssl false && npm ci", "ci": "npm ci" } }\n' },
    ]),
    setting('{ "scripts": { "only": "npm config set ⟦strict-ssl false⟧", "y": "yarn config set ⟦strict-ssl false⟧ && yarn" } }\n', 'package.json', 'package.json: a script that only turns it off loses its entry', [
      { title: 'Remove strict-ssl', output: '{ "scripts": { "y": "yarn config set strict-ssl false && yarn" } }\n' },
    ]),
    setting('registry=https://registry.example.com/\n⟦strict-ssl=false⟧\n⟦//registry.example.com/:strict-ssl = 0⟧ ; for the proxy\n', '.npmrc', '.npmrc: strict-ssl, scoped, numeric', [
      { title: 'Remove strict-ssl', output: 'registry=https://registry.example.com/\n//registry.example.com/:strict-ssl = 0 ; for the proxy\n' },
      { title: 'Replace strict-ssl with cafile=/path/to/ca.pem', output: 'registry=https://registry.example.com/\ncafile=/path/to/ca.pem\n//registry.example.com/:strict-ssl = 0 ; for the proxy\n' },
    ]),
    setting('⟦strict-ssl false⟧\n', '.yarnrc', '.yarnrc (Yarn 1)', [{ title: 'Remove strict-ssl', output: '' }]),
    setting('npmRegistryServer: "https://r.example"\n⟦enableStrictSsl: false⟧\nnpmRegistries:\n  "https://r.example":\n    ⟦enableStrictSsl: false⟧\n    npmAlwaysAuth: true\n', '.yarnrc.yml', '.yarnrc.yml at the top and per registry', [
      { title: 'Remove enableStrictSsl', output: 'npmRegistryServer: "https://r.example"\nnpmRegistries:\n  "https://r.example":\n    enableStrictSsl: false\n    npmAlwaysAuth: true\n' },
    ]),
    env('# local proxy\n⟦export NODE_TLS_REJECT_UNAUTHORIZED="0"⟧\n⟦npm_config_strict_ssl=false⟧ # npm too\n⟦GIT_SSL_NO_VERIFY=1⟧\n⟦PYTHONHTTPSVERIFY=0⟧\nPORT=3000\n', '.env.development', '.env.*: export, quotes, npm, git, Python', [
      { title: REMOVE, output: '# local proxy\nnpm_config_strict_ssl=false # npm too\nGIT_SSL_NO_VERIFY=1\nPYTHONHTTPSVERIFY=0\nPORT=3000\n' },
    ]),
    // Yarn 2+ reads YARN_ENABLE_STRICT_SSL as enableStrictSsl: exactly 'false' or '0' (it rejects 'False').
    env('⟦YARN_ENABLE_STRICT_SSL=false⟧\nYARN_ENABLE_STRICT_SSL=true\nYARN_ENABLE_STRICT_SSL=False\nYARN_ENABLE_STRICT_SSL_LOG=0\n⟦yarn_enable_strict_ssl=0⟧\n', '.env', '.env: Yarn 2+ through its YARN_ variable', [
      { title: 'Remove the YARN_ENABLE_STRICT_SSL setting', output: 'YARN_ENABLE_STRICT_SSL=true\nYARN_ENABLE_STRICT_SSL=False\nYARN_ENABLE_STRICT_SSL_LOG=0\nyarn_enable_strict_ssl=0\n' },
    ]),
    env('FROM node:20\nENV NODE_ENV=production ⟦NODE_TLS_REJECT_UNAUTHORIZED=0⟧\nENV ⟦NODE_TLS_REJECT_UNAUTHORIZED 0⟧\nARG ⟦NODE_TLS_REJECT_UNAUTHORIZED=0⟧\nRUN ⟦NODE_TLS_REJECT_UNAUTHORIZED=0⟧ npm install\nCMD ["node", "server.js"]\n', 'Dockerfile', 'Dockerfile: ENV both syntaxes, ARG, RUN', [
      { title: REMOVE, output: 'FROM node:20\nENV NODE_ENV=production\nENV NODE_TLS_REJECT_UNAUTHORIZED 0\nARG NODE_TLS_REJECT_UNAUTHORIZED=0\nRUN NODE_TLS_REJECT_UNAUTHORIZED=0 npm install\nCMD ["node", "server.js"]\n' },
      { finding: 1, title: REMOVE, output: 'FROM node:20\nENV NODE_ENV=production NODE_TLS_REJECT_UNAUTHORIZED=0\nARG NODE_TLS_REJECT_UNAUTHORIZED=0\nRUN NODE_TLS_REJECT_UNAUTHORIZED=0 npm install\nCMD ["node", "server.js"]\n' },
      { finding: 3, title: REMOVE, output: 'FROM node:20\nENV NODE_ENV=production NODE_TLS_REJECT_UNAUTHORIZED=0\nENV NODE_TLS_REJECT_UNAUTHORIZED 0\nARG NODE_TLS_REJECT_UNAUTHORIZED=0\nRUN npm install\nCMD ["node", "server.js"]\n' },
    ]),
    {
      name: '*.Dockerfile: continuation lines',
      filename: 'build.Dockerfile',
      code: 'FROM node:20\nENV A=1 \\\n    ⟦NODE_TLS_REJECT_UNAUTHORIZED="0"⟧ \\\n    B=2\nRUN npm config set ⟦strict-ssl false⟧ && \\\n    export ⟦GIT_SSL_NO_VERIFY=true⟧ && git clone https://x\n',
      messageIds: ['envVar', 'toolSetting', 'envVar'],
      fixes: [
        { title: REMOVE, output: 'FROM node:20\nENV A=1 \\\n    B=2\nRUN npm config set strict-ssl false && \\\n    export GIT_SSL_NO_VERIFY=true && git clone https://x\n' },
        { finding: 1, title: 'Remove strict-ssl', output: 'FROM node:20\nENV A=1 \\\n    NODE_TLS_REJECT_UNAUTHORIZED="0" \\\n    B=2\nRUN export GIT_SSL_NO_VERIFY=true && git clone https://x\n' },
      ],
    },
    env('services:\n  api:\n    image: node:20\n    environment:\n      - NODE_ENV=production\n      - ⟦NODE_TLS_REJECT_UNAUTHORIZED=0⟧\n  worker:\n    environment:\n      ⟦NODE_TLS_REJECT_UNAUTHORIZED: "0"⟧\n      LOG: debug\n  only:\n    environment:\n      ⟦NODE_TLS_REJECT_UNAUTHORIZED: 0⟧\n', 'compose.yaml', 'compose: list and map forms', [
      { title: REMOVE, output: 'services:\n  api:\n    image: node:20\n    environment:\n      - NODE_ENV=production\n  worker:\n    environment:\n      NODE_TLS_REJECT_UNAUTHORIZED: "0"\n      LOG: debug\n  only:\n    environment:\n      NODE_TLS_REJECT_UNAUTHORIZED: 0\n' },
      { finding: 1, title: REMOVE, output: 'services:\n  api:\n    image: node:20\n    environment:\n      - NODE_ENV=production\n      - NODE_TLS_REJECT_UNAUTHORIZED=0\n  worker:\n    environment:\n      LOG: debug\n  only:\n    environment:\n      NODE_TLS_REJECT_UNAUTHORIZED: 0\n' },
      { finding: 2, title: REMOVE, output: 'services:\n  api:\n    image: node:20\n    environment:\n      - NODE_ENV=production\n      - NODE_TLS_REJECT_UNAUTHORIZED=0\n  worker:\n    environment:\n      NODE_TLS_REJECT_UNAUTHORIZED: "0"\n      LOG: debug\n  only:\n    environment: {}\n' },
    ]),
    env('apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    spec:\n      initContainers:\n        - name: migrate\n          env:\n            - name: NODE_TLS_REJECT_UNAUTHORIZED\n              ⟦value: "0"⟧\n      containers:\n        - name: api\n          env:\n            - name: PORT\n              value: "3000"\n            - name: NODE_TLS_REJECT_UNAUTHORIZED\n              ⟦value: "0"⟧\n---\napiVersion: v1\nkind: ConfigMap\ndata:\n  ⟦NODE_TLS_REJECT_UNAUTHORIZED: "0"⟧\n', 'k8s/api.yaml', 'Kubernetes: containers, initContainers, a ConfigMap', [
      { finding: 1, title: REMOVE, output: 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    spec:\n      initContainers:\n        - name: migrate\n          env:\n            - name: NODE_TLS_REJECT_UNAUTHORIZED\n              value: "0"\n      containers:\n        - name: api\n          env:\n            - name: PORT\n              value: "3000"\n---\napiVersion: v1\nkind: ConfigMap\ndata:\n  NODE_TLS_REJECT_UNAUTHORIZED: "0"\n' },
    ]),
    env('name: CI\non: [push]\nenv:\n  ⟦NODE_TLS_REJECT_UNAUTHORIZED: 0⟧\njobs:\n  test:\n    runs-on: ubuntu-latest\n    env:\n      ⟦NODE_TLS_REJECT_UNAUTHORIZED: "0"⟧\n    steps:\n      - uses: actions/checkout@v4\n      - env:\n          ⟦npm_config_strict_ssl: false⟧\n        run: npm ci\n      - run: |\n          echo "${{ github.ref }}"\n          export ⟦NODE_TLS_REJECT_UNAUTHORIZED=0⟧\n          echo "⟦NODE_TLS_REJECT_UNAUTHORIZED=0⟧" >> "$GITHUB_ENV"\n          npm test\n', '.github/workflows/ci.yml', 'GitHub Actions: workflow, job and step env, run, $GITHUB_ENV', [
      { finding: 3, title: REMOVE, output: 'name: CI\non: [push]\nenv:\n  NODE_TLS_REJECT_UNAUTHORIZED: 0\njobs:\n  test:\n    runs-on: ubuntu-latest\n    env:\n      NODE_TLS_REJECT_UNAUTHORIZED: "0"\n    steps:\n      - uses: actions/checkout@v4\n      - env:\n          npm_config_strict_ssl: false\n        run: npm ci\n      - run: |\n          echo "${{ github.ref }}"\n          echo "NODE_TLS_REJECT_UNAUTHORIZED=0" >> "$GITHUB_ENV"\n          npm test\n' },
    ]),
    // A PowerShell step: `$env:NAME = "0"` lines (a comment, another variable and a read stay quiet).
    env('on: push\njobs:\n  t:\n    runs-on: windows-latest\n    steps:\n      - shell: pwsh\n        run: |\n          # $env:NODE_TLS_REJECT_UNAUTHORIZED = "0"\n          ⟦$env:NODE_TLS_REJECT_UNAUTHORIZED = "0"⟧\n          ⟦$env:NODE_TLS_REJECT_UNAUTHORIZED = "0"⟧ # the self-signed mirror\n          ⟦$env:NODE_TLS_REJECT_UNAUTHORIZED = 0⟧; # again\n          $env:NODE_TLS_REJECT_UNAUTHORIZED = 0#x\n          $Env:NODE_ENV = "test"\n          Write-Host $env:NODE_TLS_REJECT_UNAUTHORIZED\n          npm test\n      - shell: bash\n        run: echo \'$env:NODE_TLS_REJECT_UNAUTHORIZED = "0"\'\n', '.github/workflows/windows.yml', 'GitHub Actions: a pwsh step\'s $env: assignment'),
    env('variables:\n  ⟦NODE_TLS_REJECT_UNAUTHORIZED: "0"⟧\ntest:\n  variables:\n    GIT_SSL_NO_VERIFY:\n      ⟦value: "true"⟧\n      description: mirror\n  script:\n    - npm ci\n    - ⟦NODE_TLS_REJECT_UNAUTHORIZED=0⟧ npm test\n', '.gitlab-ci.yml', 'GitLab CI: variables and script', undefined),
    env('{ "scripts": { "start": "set ⟦NODE_TLS_REJECT_UNAUTHORIZED=0⟧&& node index.js" } }\n', 'package.json', 'package.json: cmd.exe set (npm on Windows)', [
      { title: REMOVE, output: '{ "scripts": { "start": "node index.js" } }\n' },
    ]),
    {
      name: 'Dockerfile and CI: echo into .npmrc and .yarnrc',
      filename: 'Dockerfile',
      code: 'FROM node:20\nRUN echo "⟦strict-ssl=false⟧" >> ~/.npmrc && npm ci\nRUN echo \'⟦strict-ssl false⟧\' > .yarnrc\nRUN echo "registry=https://r.example" >> .npmrc\n',
      messageIds: ['toolSetting', 'toolSetting'],
      fixes: [{ title: 'Remove strict-ssl', output: 'FROM node:20\nRUN npm ci\nRUN echo \'strict-ssl false\' > .yarnrc\nRUN echo "registry=https://r.example" >> .npmrc\n' }],
    },
    {
      name: 'Dockerfile: a RUN here-document and an exec-form sh -c',
      filename: 'Dockerfile',
      code: 'FROM node:20\nRUN <<EOF\nnpm config set ⟦strict-ssl false⟧\nnpm ci\nEOF\nRUN ["sh", "-c", "npm config set ⟦strict-ssl false⟧ && npm ci"]\nRUN <<EOF python3\nprint("npm config set strict-ssl false")\nEOF\n',
      messageIds: ['toolSetting', 'toolSetting'],
      fixes: [
        { title: 'Remove strict-ssl', output: 'FROM node:20\nRUN <<EOF\nnpm ci\nEOF\nRUN ["sh", "-c", "npm config set strict-ssl false && npm ci"]\nRUN <<EOF python3\nprint("npm config set strict-ssl false")\nEOF\n' },
        { finding: 1, title: 'Remove strict-ssl', output: 'FROM node:20\nRUN <<EOF\nnpm config set strict-ssl false\nnpm ci\nEOF\nRUN ["sh", "-c", "npm ci"]\nRUN <<EOF python3\nprint("npm config set strict-ssl false")\nEOF\n' },
      ],
    },
    env('{ "scripts": { "dev": "concurrently -n web,api \\"⟦NODE_TLS_REJECT_UNAUTHORIZED=0⟧ next dev\\" npm:api", "api": "nodemon --exec \\"⟦NODE_TLS_REJECT_UNAUTHORIZED=0⟧ ts-node src/api.ts\\"" } }\n', 'package.json', 'package.json: commands run by concurrently and nodemon --exec'),
    env('steps:\n- script: npm ci\n- bash: ⟦NODE_TLS_REJECT_UNAUTHORIZED=0⟧ npm test\n', 'azure-pipelines.yml', 'Azure Pipelines bash step'),
    {
      name: 'CURL_CA_BUNDLE emptied: a warning (older requests only)',
      filename: '.env',
      code: '⟦CURL_CA_BUNDLE=⟧\nREQUESTS_CA_BUNDLE=/etc/ssl/certs/ca.pem\n',
      messageIds: ['envVar'],
      severities: ['warning'],
    },
    setting('FROM alpine\nRUN git config --global ⟦http.sslVerify false⟧\nRUN git -c ⟦http.sslVerify=false⟧ clone https://git.example/x\n', 'Containerfile', 'git: config and -c', [
      { finding: 1, title: 'Remove http.sslVerify', output: 'FROM alpine\nRUN git config --global http.sslVerify false\nRUN git clone https://git.example/x\n' },
    ]),
  ],
});
