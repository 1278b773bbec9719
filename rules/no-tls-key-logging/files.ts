// no-tls-key-logging in project files: --tls-keylog and --trace-tls on node's command line, in
// NODE_OPTIONS and in pm2's node_args.
import { compact } from '../common/compact.js';
import { KEY_LOG_FLAGS } from '../data/node/key-logging.js';
import { removalFix, type FilesPart } from '../files/api.js';
import type { Messages } from './meta.js';

export const files: FilesPart<Messages> = {
  needles: KEY_LOG_FLAGS.map((f) => f.flag),
  check(ctx) {
    for (const f of ctx.model.nodeFlags) {
      const known = KEY_LOG_FLAGS.find((k) => k.flag === f.flag);
      if (!known) continue;
      // Removing a debugging flag changes no connection.
      ctx.report({ messageId: known.messageId, data: { where: `${f.via} (${f.where})`, condition: '' }, range: f, fixes: compact([removalFix(f, `Remove ${f.flag}`, 'safe')]) });
    }
  },
};
