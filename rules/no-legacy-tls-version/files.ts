// no-legacy-tls-version in project files: --tls-min-v1.0 and --tls-min-v1.1 on node's command line,
// in NODE_OPTIONS (Node accepts both there) and in pm2's node_args.
import { compact } from '../common/compact.js';
import { LEGACY_VERSION_FLAGS } from '../data/node/environment.js';
import { removalFix, type FilesPart } from '../files/api.js';
import type { Messages } from './meta.js';

export const files: FilesPart<Messages> = {
  needles: [...LEGACY_VERSION_FLAGS.keys()],
  check(ctx) {
    for (const f of ctx.model.nodeFlags) {
      const protocol = LEGACY_VERSION_FLAGS.get(f.flag);
      if (!protocol || f.value) continue;
      ctx.report({ messageId: 'nodeFlag', data: { flag: f.flag, where: `${f.via} (${f.where})`, protocol }, range: f, fixes: compact([removalFix(f, `Remove ${f.flag}`)]) });
    }
  },
};
