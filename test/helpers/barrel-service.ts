// A service whose entry point only calls a helper reached through two barrels (src/index.ts
// `export * from './clients'`, clients/index.ts `export { createClient } from './factory'`): the
// CLI's scan (importer passes), `--stdin` and the language server must all find the call.

/** The entry point as on disk (a safe call) and as edited (the unsafe call on line 2). */
export const MAIN_ON_DISK = "import { createClient } from './lib';\nexport const api = createClient({});\n";
export const MAIN_EDITED = "import { createClient } from './lib';\nexport const api = createClient({ insecure: true });\n";

export const BARREL_SERVICE: Record<string, string> = {
  'package.json': '{"name":"svc"}\n',
  'src/lib/agent.ts': "import https from 'node:https';\nexport function makeAgent(insecure: boolean) {\n  return new https.Agent({ rejectUnauthorized: !insecure });\n}\n",
  'src/lib/clients/factory.ts': "import { makeAgent } from '../agent';\nexport function createClient(opts: { insecure?: boolean }) {\n  return { agent: makeAgent(opts.insecure ?? false) };\n}\n",
  'src/lib/clients/index.ts': "export { createClient } from './factory';\n",
  'src/lib/index.ts': "export * from './clients';\n",
  'src/main.ts': MAIN_ON_DISK,
};

/** The finding MAIN_EDITED gives, as `line:column rule`: at `insecure: true`. */
export const EDITED_FINDING = '2:35 no-unverified-certificate';
