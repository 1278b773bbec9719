// no-legacy-tls-version in project files: --tls-min-v1.0 and --tls-min-v1.1 on node's command line,
// in NODE_OPTIONS (Node accepts both there) and in pm2's node_args; --tls-max-v1.2 there too, as the
// code's NODE_OPTIONS and execArgv report it: a warning (TLS 1.2 is sound, but the cap turns TLS 1.3
// off for the whole process, TLS-FACTS 1.7 and 7.1), with the same message and fix.
import { compact } from '../common/compact.js';
import { PROTOCOL_FLAGS } from '../data/node/protocols.js';
import { removalFix, type FilesPart } from '../files/api.js';
import type { Messages } from './meta.js';

export const files: FilesPart<Messages> = {
  needles: [...PROTOCOL_FLAGS.keys()],
  check(ctx) {
    for (const f of ctx.model.nodeFlags) {
      const known = PROTOCOL_FLAGS.get(f.flag);
      if (!known || f.value) continue;
      const max = known.bound === 'max';
      ctx.report({
        messageId: max ? 'flagMax' : 'nodeFlag',
        severity: max ? 'warning' : undefined,
        data: { flag: f.flag, where: `${f.via} (${f.where})`, condition: '', protocol: known.protocol },
        range: f,
        fixes: compact([removalFix(f, `Remove ${f.flag}`)]),
      });
    }
  },
};
