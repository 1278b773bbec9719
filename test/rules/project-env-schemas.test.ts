// A comparison with the deployment read through an environment schema (server/src/lang/js/env-schemas.ts):
// zod's `z.object({...}).parse(process.env)` (also `.safeParse(process.env).data`, a const schema,
// `.extend`, `.strict()`) and envalid's `cleanEnv(process.env, {...})` are process.env for the
// string fields they declare, a field's default (`.default('local')`, `str({ default })`) the value
// when the variable is not set, as `process.env.APP_ENV ?? 'local'` is; also the deployment read
// into a name (`const stage = process.env.STAGE`). Traps: a schema's parse of something that is not
// process.env, a field the schema converts (`z.coerce.boolean()`), a switch of its own, a
// comparison that asks for more safety, and a `z` that is not zod's.
import { noUnverifiedCertificate } from '../../rules/no-unverified-certificate/index.js';
import { runProjectTests } from './project-tester.js';

const ENV_TS = (schema: string) => `import { z } from 'zod';\n\n${schema}\n\nexport const isLocal = env.APP_ENV === 'local';\n`;
const ZOD_ENV = "export const env = z\n  .object({\n    APP_ENV: z.enum(['local', 'dev', 'staging', 'prod']).default('local'),\n    CATALOG_URL: z.string().url(),\n    VERIFY_TLS: z.coerce.boolean().default(true),\n  })\n  .parse(process.env);";
const CATALOG = "import https from 'node:https';\nimport { env, isLocal } from '../config/env.js';\n\nexport const agent = new https.Agent({ keepAlive: true, rejectUnauthorized: !isLocal });\nexport const checked = new https.Agent({ rejectUnauthorized: env.VERIFY_TLS });\n";

runProjectTests(noUnverifiedCertificate, {
  valid: [
    {
      name: 'a schema parse of something that is not process.env',
      files: {
        'src/config/env.ts': ENV_TS(ZOD_ENV.replace('.parse(process.env)', ".parse(JSON.parse(process.env.APP_CONFIG ?? '{}'))")),
        'src/graphql/catalog.ts': CATALOG,
      },
    },
    {
      name: 'a switch of its own through a schema, a field the schema converts, and a comparison that asks for more safety',
      files: {
        'src/env.ts': "import { z } from 'zod';\nexport const env = z.object({\n  TLS_VERIFY: z.enum(['true', 'false']).default('true'),\n  STRICT_TLS: z.coerce.boolean().default(false),\n  APP_ENV: z.string().default('local'),\n}).parse(process.env);\n",
        'src/client.ts':
          "import https from 'node:https';\nimport { env } from './env';\nexport const a = new https.Agent({ rejectUnauthorized: env.TLS_VERIFY === 'true' });\nexport const b = new https.Agent({ rejectUnauthorized: env.STRICT_TLS });\nconst strict = env.APP_ENV === 'prod';\nexport const c = new https.Agent({ rejectUnauthorized: true, minVersion: strict ? 'TLSv1.3' : 'TLSv1.2' });\n",
      },
    },
    {
      name: 'a `z` that is not zod',
      files: {
        'src/env.ts': "import { z } from './schema-lib';\nexport const env = z.object({ APP_ENV: z.string() }).parse(process.env);\n",
        'src/schema-lib.ts': 'export const z: any = {};\n',
        'src/client.ts': "import https from 'node:https';\nimport { env } from './env';\nexport const a = new https.Agent({ rejectUnauthorized: env.APP_ENV !== 'local' });\n",
      },
    },
  ],
  invalid: [
    {
      name: "zod's parse of process.env in another file, with a default: the deployment, the default when the variable is not set",
      files: { 'src/config/env.ts': ENV_TS(ZOD_ENV), 'src/graphql/catalog.ts': CATALOG.replace('rejectUnauthorized: !isLocal', '⟦rejectUnauthorized: !isLocal⟧') },
      messageIncludes: ["rejectUnauthorized: false in new https.Agent accepts any certificate (when APP_ENV is set and APP_ENV is 'local'), so the server can be spoofed."],
      related: [undefined],
      fixes: [
        {
          title: 'Remove rejectUnauthorized: false (verify certificates)',
          file: 'src/graphql/catalog.ts',
          output: CATALOG.replace(', rejectUnauthorized: !isLocal', ''),
        },
      ],
    },
    {
      name: 'a const schema extended and made strict, its safeParse(process.env).data, and the deployment read into a name',
      files: {
        'src/env.ts':
          "import * as z from 'zod';\nconst Base = z.object({ LOG_LEVEL: z.string().default('info') });\nconst Env = Base.extend({ STAGE: z.enum(['local', 'prod']) }).strict();\nconst parsed = Env.safeParse(process.env);\nexport const env = parsed.data;\n",
        'src/client.ts':
          "import https from 'node:https';\nimport { env } from './env';\nexport const a = new https.Agent({ ⟦rejectUnauthorized: env.STAGE === 'prod'⟧ });\nconst stage = process.env.STAGE;\nexport const b = new https.Agent({ ⟦rejectUnauthorized: stage !== 'local'⟧ });\n",
      },
      messageIncludes: ["(when STAGE is not 'prod')", "(when STAGE is 'local')"],
    },
    {
      name: "envalid's cleanEnv(process.env, {...}) with a default",
      files: {
        'src/env.js': "const { cleanEnv, str, bool } = require('envalid');\nmodule.exports = cleanEnv(process.env, {\n  NODE_ENV: str({ choices: ['development', 'production'], default: 'development' }),\n  VERIFY: bool({ default: true }),\n});\n",
        'src/client.js': "const https = require('https');\nconst env = require('./env');\nmodule.exports = [new https.Agent({ ⟦rejectUnauthorized: env.NODE_ENV === 'production'⟧ }), new https.Agent({ rejectUnauthorized: env.VERIFY })];\n",
      },
      messageIncludes: ["(when NODE_ENV is set and NODE_ENV is not 'production')"],
    },
  ],
});
