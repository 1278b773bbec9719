// One ESLint rule per tlslint rule. Each reads the text ESLint hands it (whatever parser made the
// tree: the rules never look at it), takes the shared analysis of that text (analysis.ts) and
// reports its own rule's findings: the first safe fix as ESLint's `fix` (what `eslint --fix` and
// fix-on-save apply: it keeps what connects), every other fix as a suggestion (offered, never
// applied by itself). tlslint's suppression comments are honoured by the engine; ESLint's own
// `eslint-disable` comments work on these reports as on any rule's.
import type { Fix, Rule } from '../../../rules/api.js';
import { docsUrl } from '../../../rules/docs-url.js';
import { ConfigError } from '../engine/config/index.js';
import type { FileResult } from '../engine/types.js';
import { languageOf, visibleResult } from '../linter/index.js';
import { analyse } from './analysis.js';

/** The part of ESLint's rule context these rules use (ESLint 9 and 10; oxlint's JS plugins). */
export interface RuleContext {
  filename: string;
  physicalFilename?: string;
  options: ReadonlyArray<{ includeInfo?: boolean } | undefined>;
  sourceCode: { text: string; getLocFromIndex(index: number): { line: number; column: number } };
  report(descriptor: Report): void;
}

interface Fixer {
  replaceTextRange(range: [number, number], text: string): unknown;
}

interface Report {
  loc: { start: { line: number; column: number }; end: { line: number; column: number } };
  message: string;
  fix?: (fixer: Fixer) => unknown[];
  suggest?: Array<{ desc: string; fix: (fixer: Fixer) => unknown[] }>;
}

export interface EslintRule {
  meta: {
    type: 'problem';
    docs: { description: string; url: string; recommended: boolean };
    fixable?: 'code';
    hasSuggestions?: boolean;
    schema: unknown[];
    defaultOptions: Array<{ includeInfo: boolean }>;
  };
  create(context: RuleContext): { Program?: () => void };
}

/** Results whose file-wide problem (no rule could look at the file) one rule has reported already. */
const fileNotesReported = new WeakSet<FileResult>();

export function eslintRule(rule: Rule): EslintRule {
  const { id, description, fixKinds } = rule.meta;
  return {
    meta: {
      type: 'problem',
      docs: { description, url: docsUrl(id), recommended: true },
      ...(fixKinds.includes('safe') ? { fixable: 'code' as const } : {}),
      // A safe fix beyond the first one of a finding is offered as a suggestion too.
      ...(fixKinds.length > 0 ? { hasSuggestions: true } : {}),
      schema: [
        {
          type: 'object',
          properties: { includeInfo: { type: 'boolean', description: 'Also report information-level findings (nothing needs to change).' } },
          additionalProperties: false,
        },
      ],
      defaultOptions: [{ includeInfo: false }],
    },
    create(context) {
      // ESLint refuses a fix from a rule not declared fixable: then every fix is a suggestion.
      const fixable = fixKinds.includes('safe');
      // Only the files tlslint reads as JavaScript/TypeScript: a code block of a Markdown file has
      // a virtual name (`README.md/0.js`) that says what it is.
      if (languageOf(context.filename)?.id !== 'js') return {};
      const includeInfo = context.options[0]?.includeInfo === true;
      return {
        Program() {
          const { sourceCode } = context;
          const result = analyse(context.filename, context.physicalFilename ?? context.filename, sourceCode.text);
          if (result instanceof ConfigError) throw new Error(`tlslint: configuration error: ${result.message}`);
          const loc = (start: number, end: number) => ({ start: sourceCode.getLocFromIndex(start), end: sourceCode.getLocFromIndex(end) });
          for (const f of visibleResult(result, includeInfo).findings) {
            if (f.ruleId !== id) continue;
            const safe = fixable ? f.fixes.find((x) => x.kind === 'safe') : undefined;
            const rest = f.fixes.filter((x) => x !== safe);
            context.report({
              loc: loc(f.start, f.end),
              message: f.message,
              ...(safe ? { fix: edits(safe) } : {}),
              ...(rest.length > 0 ? { suggest: rest.map((x) => ({ desc: x.title, fix: edits(x) })) } : {}),
            });
          }
          for (const n of result.notes) {
            if (n.kind !== 'rule-error') continue;
            if (n.ruleId === undefined && fileNotesReported.has(result)) continue;
            if (n.ruleId !== undefined && n.ruleId !== id) continue;
            if (n.ruleId === undefined) fileNotesReported.add(result);
            context.report({ loc: loc(0, 0), message: n.message });
          }
        },
      };
    },
  };
}

function edits(fix: Fix): (fixer: Fixer) => unknown[] {
  return (fixer) => fix.edits.map((e) => fixer.replaceTextRange([e.start, e.end], e.text));
}
