// The JavaScript/TypeScript part of the rule contract: what a rule's `js` part sees. The JS
// frontend (server/src/lang/js/) implements JsRuleContext: module bindings, values, sink calls.
import type * as ts from 'typescript';
import type { Fix, RulePart, Severity } from '../api.js';
import type { Sink } from '../data/node/sink-types.js';

/**
 * What a JS part reports: a node (its trimmed range, without leading trivia) or an explicit range.
 * With both, the range is the position and the node says which file it is in: a value imported
 * from another project file is reported where it was written.
 */
export interface JsReport<M extends string = string> {
  messageId: M;
  data?: Record<string, string | number>;
  node?: ts.Node;
  range?: { start: number; end: number };
  /** Overrides the rule's default severity for weaker forms of a finding. */
  severity?: Severity;
  fixes?: Fix[];
  /**
   * Where the unsafe value is written when the option reads one of several (a settings map's
   * `staging` entry read as `settings[env].verifyTls`): the finding sits there, as for one constant.
   */
  written?: ts.Node;
  /**
   * Other places the finding involves, in files other than this one (a 'keylog' handler's write of
   * the keys in the file that defines it): shown as related information, the finding stays here.
   */
  related?: { node: ts.Node; message: string }[];
}

/**
 * An option whose value a rule reports as insecure: the rule's own test, shared with "Apply safe
 * TLS settings" (which removes exactly these) and with the frontend's loose member writes.
 */
export interface OptionCheck {
  key: string;
  isInsecure(v: Value): boolean;
}

/**
 * An option a rule wants added to an options object (require-servername's `servername`): "Apply
 * safe TLS settings" adds it along with its removals, so the one fix leaves the object as every
 * rule wants it.
 */
export interface OptionAddition {
  key: string;
  /** The `key: value` text to add to this literal, when the rule would ask for it there. */
  propertyFor(ctx: JsRuleContext, literal: ts.ObjectLiteralExpression): string | undefined;
}

export interface JsPart<M extends string = string> extends RulePart<JsRuleContext<M>> {
  /** The options this rule reports for their value (see OptionCheck). */
  optionChecks?: readonly OptionCheck[];
  /** The options this rule reports missing (see OptionAddition). */
  optionAdditions?: readonly OptionAddition[];
}

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
  | {
      kind: 'literal';
      value: string | number | boolean | null | undefined | bigint;
      node: ts.Node;
      /** The literal a computed one was derived from (`!insecure` over an entry's `insecure: true`): where its value is written. */
      from?: ts.Node;
    }
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
  | {
      kind: 'unknown';
      node?: ts.Node;
      /**
       * A string built with a template or `+` that some part of leaves unknown: its parts in
       * order, as evaluated where it was built (literal pieces, and what each hole held there:
       * `?sslmode=${sslmode}` of a helper called with a table's entry holds each entry's value).
       */
      parts?: Value[];
    };

/** One call of a known TLS sink (see rules/data/sinks.ts). */
export interface SinkCall {
  sink: Sink;
  node: ts.CallExpression | ts.NewExpression;
  /** The callee expression (for "missing option" findings and fixes). */
  callee: ts.Expression;
  /** The options object the sink reads TLS options from, resolved at the call. */
  options: Value | undefined;
  /** The argument expression that carries the options, if any. */
  optionsArg: ts.Expression | undefined;
  /** The TLS options objects inside `options`, one per `sink.tlsPaths` entry that resolves to an object. */
  tlsOptions: { path: string[]; value: Value & { kind: 'object' } }[];
  /**
   * For a sink inside a function (or class) evaluated for one call of it with that call's
   * arguments (`makeAgent(true)` reaching `new https.Agent(…)` in makeAgent): that call.
   */
  via?: ts.CallExpression | ts.NewExpression;
  /**
   * The value of an expression of the call (an argument) where it is evaluated: in the frame of
   * the helper or base class it was evaluated for (`amqp.connect(this.url, …)` in a base method,
   * with the subclass's `url`), else as the file's.
   */
  valueOf?: (e: ts.Expression) => Value;
}

export interface JsRuleContext<M extends string = string> {
  readonly sourceFile: ts.SourceFile;
  readonly text: string;
  readonly fileName: string;
  /**
   * Whether this file's text, or the text of a project file its values come from (the project
   * model), holds `needle`: the gate a check that may fire on an imported value starts with.
   */
  holds(needle: string | RegExp): boolean;
  /** Resolve an expression to a module export it denotes, if it does. */
  refOf(expr: ts.Expression): ModuleRef | undefined;
  /** Resolve an expression to a value at the point where it is evaluated. */
  valueOf(expr: ts.Expression): Value;
  /** Whether an identifier names a parameter of an enclosing function (by the file's scopes: a local shadowing it is not one). */
  isParameter(id: ts.Identifier): boolean;
  /**
   * The values an expression inside a function of this file takes in each call of it the file
   * evaluates with its arguments (`download(url, { verifyHost: 0 })` for `verifyHost` in
   * download), with the argument nodes each comes from (empty: not from what the call passes).
   */
  valuesInCalls(expr: ts.Expression): { value: Value; from: readonly ts.Node[] }[];
  /**
   * The calls written in functions of other files that the file's calls evaluate with their
   * arguments (a helper's `curl.setOpt(…, verifyHost)`); valuesInCalls gives what they get.
   */
  readonly callsReached: readonly (ts.CallExpression | ts.NewExpression)[];
  /** Every call of a known sink in the file. */
  readonly sinkCalls: readonly SinkCall[];
  /**
   * Option bags that are not consumed by a sink: object literals (with the writes made to them)
   * that escape to unknown code. Rules report TLS-only option names found in them.
   */
  readonly looseOptionBags: readonly Value[];
  /**
   * Member writes `x.key = v` of an option name the insecure-option checks know
   * (the rules' OptionChecks) that no sink or loose bag accounts for
   * (the target is a parameter, `this.…`, an instance, or the write comes after every use).
   */
  readonly looseWrites: readonly Prop[];
  /** Nodes by kind, collected in the engine's single walk. */
  readonly nodes: NodeIndex;
  /** Every insecure-option test of the catalog's rules (OptionCheck), for fixes and loose writes. */
  readonly optionChecks: readonly OptionCheck[];
  /** Every missing-option addition of the catalog's rules (OptionAddition), for "Apply safe TLS settings". */
  readonly optionAdditions: readonly OptionAddition[];
  report(descriptor: JsReport<M>): void;
}

export interface NodeIndex {
  calls: readonly (ts.CallExpression | ts.NewExpression)[];
  assignments: readonly ts.BinaryExpression[];
  deletes: readonly ts.DeleteExpression[];
}
