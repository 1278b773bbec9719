// no-unverified-certificate in project files: the certificate switches of curl (-k, --insecure),
// wget (--no-check-certificate) and pip (--trusted-host) in scripts, RUN lines and CI steps.
import { compact } from '../common/compact.js';
import { removalFix, type FilesPart } from '../files/api.js';
import type { Messages } from './meta.js';

export const files: FilesPart<Messages> = {
  needles: ['curl', 'wget', 'trusted-host'],
  check(ctx) {
    for (const s of ctx.model.switches) {
      ctx.report({ messageId: 'toolSwitch', data: { flag: s.flag, where: s.where, tool: s.tool }, range: s, fixes: compact([removalFix(s, `Remove ${s.flag}`)]) });
    }
  },
};
