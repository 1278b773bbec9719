// no-weak-cipher in project files: --tls-cipher-list on node's command line, in NODE_OPTIONS and
// in pm2's node_args, through the same cipher-string evaluator as the code.
import type { Fix, Severity } from '../api.js';
import { cipherProblems, type ProblemLevel } from '../common/cipher-strings.js';
import { compact } from '../common/compact.js';
import { CIPHER_LIST_FLAG } from '../data/node/environment.js';
import { removalFix, type FilesPart } from '../files/api.js';
import type { Messages } from './meta.js';

const SEVERITY: Record<ProblemLevel, Severity> = { insecure: 'error', weak: 'warning', info: 'info' };

export const files: FilesPart<Messages> = {
  needles: [CIPHER_LIST_FLAG],
  check(ctx) {
    for (const f of ctx.model.nodeFlags) {
      const list = f.value?.value;
      if (f.flag !== CIPHER_LIST_FLAG || list === undefined) continue;
      const problems = cipherProblems(list);
      const offsets = f.value!.offsets;
      for (const p of problems ?? []) {
        // Inside the list when its characters map to the file, else the whole flag.
        const range = offsets && offsets.length === list.length && p.element.end > p.element.start ? { start: offsets[p.element.start]!, end: offsets[p.element.end - 1]! + 1 } : f;
        const fixes: Fix[] = [];
        // The string's own safe fix (cipher-fixes.ts), mapped onto the file when its characters are.
        if (p.safeFix && offsets && offsets.length === list.length && list.length > 0) {
          const at = (i: number) => (i < list.length ? offsets[i]! : offsets[list.length - 1]! + 1);
          fixes.push({ title: p.safeFix.title, kind: 'safe', edits: [{ start: at(p.safeFix.start), end: at(p.safeFix.end), text: p.safeFix.text }] });
        }
        fixes.push(...compact([removalFix(f, 'Remove --tls-cipher-list (use the Node.js default list)')]));
        const subject = `'${p.element.text}' in --tls-cipher-list (${f.via}, ${f.where})`;
        const messageId = p.kind === 'seclevel0' ? 'secLevelZero' : p.level;
        ctx.report({ messageId, severity: SEVERITY[p.level], range, data: { subject, condition: '', suites: p.enables }, fixes });
      }
    }
  },
};
