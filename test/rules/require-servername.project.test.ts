// require-servername for a connection URL a constant of another file holds, built with `+` or a
// template whose only unknown part is the credentials (`'rediss://default:' + (process.env.PW ?? '')
// + '@host:6379'`): the scheme and the host are what that file says. Traps: the host unknown, a
// plain redis:// URL.
import { requireServername } from '../../rules/require-servername/index.js';
import { runProjectTests } from './project-tester.js';

const ENDPOINTS =
  "export const RATE_LIMIT_URL = 'rediss://default:' + (process.env.RL_PASSWORD ?? '') + '@ratelimit.example.com:6379';\nexport const JOBS_URL = `rediss://:${process.env.JOBS_PW}@${process.env.JOBS_HOST}:6379`;\nexport const PLAIN_URL = 'redis://:' + process.env.PW + '@cache.example.com:6379';\n";
const clients = (name: string, call = 'createClient') => `import { createClient } from 'redis';\nimport { ${name} } from './endpoints';\nexport const client = ${call}({ url: ${name} });\n`;

runProjectTests(requireServername, {
  valid: [
    { name: 'a URL of another file whose host is not known', files: { 'endpoints.ts': ENDPOINTS, 'clients.ts': clients('JOBS_URL') } },
    { name: 'a plain redis:// URL of another file', files: { 'endpoints.ts': ENDPOINTS, 'clients.ts': clients('PLAIN_URL') } },
  ],
  invalid: [
    {
      name: 'a rediss:// URL of another file whose password only is unknown: at the call',
      files: { 'endpoints.ts': ENDPOINTS, 'clients.ts': clients('RATE_LIMIT_URL', '⟦createClient⟧') },
      messageIncludes: ["redis to 'ratelimit.example.com' sends no SNI"],
      fixes: [{ title: "Add servername: 'ratelimit.example.com'", file: 'clients.ts', output: "import { createClient } from 'redis';\nimport { RATE_LIMIT_URL } from './endpoints';\nexport const client = createClient({ url: RATE_LIMIT_URL, socket: { servername: 'ratelimit.example.com' } });\n" }],
    },
  ],
});
