// no-legacy-tls-version in project files: --tls-min-v1.0 and --tls-min-v1.1 on node's command line,
// in NODE_OPTIONS (Node accepts both there) and in pm2's node_args.
import { compact } from '../common/compact.js';
import { PROTOCOL_FLAGS } from '../data/node/protocols.js';
import { removalFix, type FilesPart } from '../files/api.js';
import type { Messages } from './meta.js';

export const files: FilesPart<Messages> = {
  needles: [...PROTOCOL_FLAGS].filter(([, f]) => f.bound === 'min').map(([flag]) => flag),
  check(ctx) {
    for (const f of ctx.model.nodeFlags) {
      // --tls-max-v1.2 in project files is left alone (TLS 1.2 is sound; the code's flagMax warns).
      const known = PROTOCOL_FLAGS.get(f.flag);
      if (known?.bound !== 'min' || f.value) continue;
      ctx.report({ messageId: 'nodeFlag', data: { flag: f.flag, where: `${f.via} (${f.where})`, condition: '', protocol: known.protocol }, range: f, fixes: compact([removalFix(f, `Remove ${f.flag}`)]) });
    }
  },
};
