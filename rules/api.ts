// The contract between rules and the engine, for every language. A rule is its metadata (one id
// per TLS concept, the same setting and suppression in every language) and one part per language
// it serves; each part sees that language's context (rules/js/api.ts for JavaScript/TypeScript).
// Rules import only this contract, their language's contract, rules/ data and helpers.
import type { LanguageId } from '../protocol/languages.js';

export type { LanguageId };
export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';

/** `safe` keeps what connects (may join fix-all); `suggestion` changes behaviour and is never auto-applied. */
export type FixKind = 'safe' | 'suggestion';

export interface TextEdit {
  /** Offsets into the file text (UTF-16 code units, as LSP and TypeScript count them). */
  start: number;
  end: number;
  text: string;
}

export interface Fix {
  title: string;
  kind: FixKind;
  edits: TextEdit[];
}

export type RuleCategory = 'certificate' | 'hostname' | 'protocol' | 'cipher' | 'sni' | 'key-exchange' | 'logging' | 'deprecated' | 'plaintext';

export interface RuleMeta<M extends string = string> {
  id: string;
  /** One line, used in docs, settings and SARIF shortDescription. */
  description: string;
  /** A paragraph used as SARIF fullDescription. */
  rationale: string;
  category: RuleCategory;
  defaultSeverity: Severity;
  cwe: number[];
  /**
   * GitHub code scanning's score for a finding at the default severity (≥9 critical, ≥7 high,
   * ≥4 medium, >0 low), SARIF's `security-severity`: 8.1 when anyone on the path can impersonate
   * the server (CWE-295/297), 7.5 for a broken protocol or cipher, 5.3 for weaker forms.
   */
  securitySeverity: number;
  /** Message templates by id; `{name}` placeholders are filled from a report's `data`. */
  messages: Record<M, string>;
  /** Which fix kinds the rule may offer. */
  fixKinds: FixKind[];
  /** 'high' when findings are almost never false positives, as SARIF `precision` expects. */
  precision: 'very-high' | 'high' | 'medium' | 'low';
}

/** A finding as a rule's part reports it, once the language has turned its node into offsets. */
export interface ReportDescriptor<M extends string = string> {
  messageId: M;
  data?: Record<string, string | number>;
  /** The finding's range (offsets into the text). */
  range: { start: number; end: number };
  /** Overrides the rule's default severity for weaker forms of a finding. */
  severity?: Severity;
  fixes?: Fix[];
  /**
   * Where the value is used (an offset in the same text as `range`), when the finding sits where
   * the value is written in that file: a suppression comment for that line silences it too
   * (written before findings moved there).
   */
  usedAt?: number;
}

/**
 * What every language's part of a rule has: the pre-filter's needles, and the check its language
 * runs with its own context (`Ctx`).
 */
export interface RulePart<Ctx = never> {
  /**
   * Byte strings without which the part cannot fire in a file: option and event names, values
   * (`'TLSv1'`), module specifiers. The engine's pre-filter parses a file only if it holds a
   * needle, and runs only the parts whose needles it holds (server/src/engine/prefilter.ts).
   * Never empty.
   */
  needles: readonly string[];
  /**
   * A second set, of which a file must hold one too: for a part whose needles are common (a
   * module every Node program imports) but which then looks only for rarer text (`SecurePair`).
   */
  alsoNeedles?: readonly string[];
  /**
   * Needles of the first set that count only where a name can stand as a keyword argument, an
   * assignment or annotation target, an attribute or a whole quoted string (`verify=`,
   * `verify = `, `.verify`, `'verify'`): for words (`verify`, `ssl`) that docstrings, helpers and
   * longer names (`openssl`) hold everywhere. Python-shaped: `#` comments and `\` line
   * continuations are skipped (server/src/engine/needle-automaton.ts `inNamePlace`).
   */
  nameNeedles?: readonly string[];
  /**
   * Needles of the first set that are module names and count only where an import can name a
   * module: after `import`, `from`, `,` or `(`, or first on a line (`from OpenSSL import SSL`,
   * `import os, OpenSSL.SSL`), not in prose (`# OpenSSL not present`). Python-shaped
   * (server/src/engine/needle-automaton.ts `inModulePlace`).
   */
  moduleNeedles?: readonly string[];
  /**
   * Needles of the first set that count only as a keyword argument (`fingerprint=`, across lines,
   * comments and `\` continuations), for a part that reads them only so: not as an attribute, a
   * key or an annotation (`@type fingerprint: bytes` in a docstring). Python-shaped.
   */
  keywordNeedles?: readonly string[];
  /**
   * The part reads its nameNeedles only where code uses a name: a call's keyword argument, an
   * attribute, a whole quoted string (a dict key, `setattr`'s name), and keywordNeedles only as a
   * call's keyword argument; never as a parameter or its default, the target of a plain name's
   * assignment or annotation, a function's or class's name, in a comment or inside a longer string.
   * A frontend may then skip the part in a file where no other needle of it stands and those names
   * stand only so (`def listen(port, verify=None)`, `ssl = None`, `:param verify:`): Python's
   * server/src/lang/python/name-uses.ts.
   */
  namesInCodeOnly?: true;
  check(context: Ctx): void;
}

/**
 * The shape of each kind of part (a new language adds its line). Several languages may run one
 * kind: the project-file frontends (package.json, .npmrc, .env, Dockerfile, YAML) all run the
 * `files` part over one model (rules/files/api.ts); a frontend names its kind (`Frontend.partKey`).
 */
export interface LanguageParts<M extends string = string> {
  js: import('./js/api.js').JsPart<M>;
  python: import('./python/api.js').PyPart<M>;
  files: import('./files/api.js').FilesPart<M>;
}

/** The kinds of part: a language's id, or a kind several languages share (`files`). */
export type PartKey = keyof LanguageParts;

/** The parts a rule may have, by kind. */
export type RuleParts<M extends string = string> = { [K in PartKey]?: LanguageParts<M>[K] };

export interface Rule<M extends string = string> {
  meta: RuleMeta<M>;
  /** One part per language the rule serves. */
  parts: RuleParts<M>;
}

/** Declares a rule: its metadata, and its parts, whose reports may only use the metadata's message ids. */
export function defineRule<M extends string>(meta: RuleMeta<M>, parts: RuleParts<M>): Rule<M> {
  return { meta, parts };
}

/** Declares a rule's metadata, keeping its message ids as a type (MessageIds) for its parts. */
export function ruleMeta<M extends string>(meta: RuleMeta<M>): RuleMeta<M> {
  return meta;
}

/** The message ids of a rule's metadata: a part reporting any other id does not compile. */
export type MessageIds<T> = T extends RuleMeta<infer M> ? M : never;
