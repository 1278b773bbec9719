// The contract between rules and the engine. Rules import only this file, their shared TLS
// data in rules/, and `typescript`; the engine implements RuleContext.
import type * as ts from 'typescript';

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';

/** `safe` keeps what connects (may join fix-all); `suggestion` changes behaviour and is never auto-applied. */
export type FixKind = 'safe' | 'suggestion';

export interface TextEdit {
  /** Offsets into the file text (UTF-16 code units, like TypeScript positions). */
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

export interface RuleMeta {
  id: string;
  /** One line, used in docs, settings and SARIF shortDescription. */
  description: string;
  /** A paragraph used as SARIF fullDescription. */
  rationale: string;
  category: RuleCategory;
  defaultSeverity: Severity;
  cwe: number[];
  /** Message templates by id; `{name}` placeholders are filled from `data`. */
  messages: Record<string, string>;
  /** Which fix kinds the rule may offer. */
  fixKinds: FixKind[];
  /** 'high' when findings are almost never false positives, as SARIF `precision` expects. */
  precision: 'very-high' | 'high' | 'medium' | 'low';
  /**
   * Byte strings without which the rule cannot fire in a file: option and event names, values
   * (`'TLSv1'`), and for a rule that can fire on a module reference alone (a sink call missing an
   * option) the quoted specifiers of those modules, made by moduleNeedles() (util/needles.ts).
   * The engine's pre-filter parses a file only if it holds a needle, and runs only the rules
   * whose needles it holds (server/src/engine/prefilter.ts). Never empty.
   */
  needles: string[];
  /**
   * A second set, of which a file must hold one too: for a rule whose needles are common (a
   * module every Node program imports) but which then looks only for rarer text (`SecurePair`).
   */
  alsoNeedles?: string[];
}

export interface ReportDescriptor {
  messageId: string;
  data?: Record<string, string | number>;
  /** The node the finding is reported on (its trimmed range, without leading trivia). */
  node?: ts.Node;
  /** Or an explicit range. */
  range?: { start: number; end: number };
  /** Overrides the rule's default severity for weaker forms of a finding. */
  severity?: Severity;
  fixes?: Fix[];
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}

// ---------------------------------------------------------------------------------------------
// Module references and values, as the engine resolves them.

/** A resolved reference to a module export: `tls.connect` is { module: 'tls', path: ['connect'] }. */
export interface ModuleRef {
  /** Normalised specifier: 'node:tls' becomes 'tls'. */
  module: string;
  path: string[];
}

/** Why a value is only one of several: "when `isDev` is truthy". */
export interface Branch {
  value: Value;
  condition: string;
}

export interface Prop {
  key: string;
  value: Value;
  /** Where the key was written: a property assignment, shorthand, method, or `x.key = v` statement. */
  node: ts.Node;
  /** The expression holding the value, when there is one. */
  valueNode?: ts.Expression;
  /** The object literal the property was written in, when it was written in one. */
  literal?: ts.ObjectLiteralExpression;
}

export type Value =
  | { kind: 'literal'; value: string | number | boolean | null | undefined | bigint; node: ts.Node }
  | {
      kind: 'object';
      props: Map<string, Prop>;
      node: ts.Node;
      /** an unresolved spread or write may add keys */
      open: boolean;
      /** keys a `delete` took out after the object was made: a fix adding one to the literal would be undone */
      deleted?: ReadonlySet<string>;
    }
  | { kind: 'array'; elements: Value[]; node: ts.Node }
  | { kind: 'function'; node: ts.SignatureDeclaration }
  | { kind: 'module'; ref: ModuleRef; node: ts.Node }
  | { kind: 'instance'; ref: ModuleRef | undefined; node: ts.CallExpression | ts.NewExpression }
  | { kind: 'either'; branches: Branch[]; node: ts.Node }
  | { kind: 'unknown'; node?: ts.Node };

/** One call of a known TLS sink (see rules/data/sinks.ts). */
export interface SinkCall {
  sink: import('./data/sink-types.js').Sink;
  node: ts.CallExpression | ts.NewExpression;
  /** The callee expression (for "missing option" findings and fixes). */
  callee: ts.Expression;
  /** The options object the sink reads TLS options from, resolved at the call. */
  options: Value | undefined;
  /** The argument expression that carries the options, if any. */
  optionsArg: ts.Expression | undefined;
  /** The TLS options objects inside `options`, one per `sink.tlsPaths` entry that resolves to an object. */
  tlsOptions: { path: string[]; value: Value & { kind: 'object' } }[];
}

export interface RuleContext {
  readonly sourceFile: ts.SourceFile;
  readonly text: string;
  readonly fileName: string;
  /** Resolve an expression to a module export it denotes, if it does. */
  refOf(expr: ts.Expression): ModuleRef | undefined;
  /** Resolve an expression to a value at the point where it is evaluated. */
  valueOf(expr: ts.Expression): Value;
  /** Every call of a known sink in the file. */
  readonly sinkCalls: readonly SinkCall[];
  /**
   * Option bags that are not consumed by a sink: object literals (with the writes made to them)
   * that escape to unknown code. Rules report TLS-only option names found in them.
   */
  readonly looseOptionBags: readonly Value[];
  /**
   * Member writes `x.key = v` of an option name the insecure-option checks know
   * (rules/util/insecure-options.ts) that no sink or loose bag accounts for
   * (the target is a parameter, `this.…`, an instance, or the write comes after every use).
   */
  readonly looseWrites: readonly Prop[];
  /** Nodes by kind, collected in the engine's single walk. */
  readonly nodes: NodeIndex;
  report(descriptor: ReportDescriptor): void;
}

export interface NodeIndex {
  calls: readonly (ts.CallExpression | ts.NewExpression)[];
  assignments: readonly ts.BinaryExpression[];
  deletes: readonly ts.DeleteExpression[];
}
