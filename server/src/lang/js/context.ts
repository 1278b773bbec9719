// Builds the per-file model (bindings, values, sinks, loose bags) that rules read through JsRuleContext.
import ts from 'typescript';
import type { ReportDescriptor } from '../../../../rules/api.js';
import type { JsReport, JsRuleContext, ModuleRef, NodeIndex, Prop, SinkCall, Value } from '../../../../rules/js/api.js';
import { DocumentError, type Placement, type RelatedPlace } from '../../engine/language.js';
import { collect, type FileIndex } from './collect.js';
import { collectSeenPropNodes, looseOptionBags, looseWrites } from './loose-bags.js';
import { CalledSinks } from './call-sinks.js';
import { coveredByCalls } from './frame-coverage.js';
import { inheritedSinkCalls } from './inherited-sinks.js';
import { relocatedFrom } from './call-values.js';
import type { ImportLink } from './link.js';
import { ModuleResolver } from './modules.js';
import { OPTION_ADDITIONS, OPTION_CHECKS } from './option-checks.js';
import { matchSinkCalls, sinkArgumentNodes } from './sink-calls.js';
import { ValueResolver } from './values.js';
import { sourceFileOf } from './syntax.js';
import { writtenApart, writtenInFile } from './written-here.js';
import { GUESSED_USES } from './placement.js';

export interface FileModelOptions {
  /** The file's index, when it was collected before (project files are kept parsed by content). */
  index?: FileIndex;
  /** The project's other files, for imports of them; none: the file alone. */
  link?: ImportLink;
}

export class FileModel {
  readonly index: FileIndex;
  readonly modules: ModuleResolver;
  readonly values: ValueResolver;
  readonly link?: ImportLink;
  private sinks?: SinkCall[];
  private called?: SinkCall[];
  private calledSinks?: CalledSinks;
  private all?: SinkCall[];
  private reached?: (ts.CallExpression | ts.NewExpression)[];
  private bags?: Value[];
  private writes?: Prop[];

  constructor(
    readonly sourceFile: ts.SourceFile,
    options: FileModelOptions = {},
  ) {
    this.index = options.index ?? collect(sourceFile);
    this.link = options.link;
    this.modules = new ModuleResolver(this.index.scopes, this.link);
    this.values = new ValueResolver(this.index.scopes, this.modules, this.index.assignments, this.index.calls, this.index.deletes, this.link);
  }

  get sinkCalls(): SinkCall[] {
    return (this.sinks ??= matchSinkCalls(this.index.calls, this.modules, this.values, this.index));
  }

  /**
   * Sinks inside the functions and classes this file's calls reach, evaluated for each call
   * (call-sinks.ts), and those of the bases' methods its subclasses inherit (inherited-sinks.ts).
   */
  get calledSinkCalls(): SinkCall[] {
    if (!this.called) {
      this.calledSinks = new CalledSinks(this);
      this.called = [...this.calledSinks.collect(), ...inheritedSinkCalls(this, this.calledSinks)];
    }
    return this.called;
  }

  /** JsRuleContext.valuesInCalls: `e` in each frame the file's calls evaluated (call-sinks.ts). */
  valuesInCalls(e: ts.Expression): { value: Value; from: ts.Node[] }[] {
    void this.calledSinkCalls;
    return this.calledSinks!.valuesIn(e);
  }

  /** JsRuleContext.callsReached: calls in other files' functions the file's calls evaluated (call-sinks.ts). */
  get callsReached(): readonly (ts.CallExpression | ts.NewExpression)[] {
    void this.calledSinkCalls;
    return (this.reached ??= this.calledSinks!.callsReached());
  }

  /** Whether more calls would have been evaluated than the limit allows. */
  get callsLimited(): boolean {
    return this.calledSinks?.limited ?? false;
  }

  /** The imported helpers whose calls were left for an importer pass. */
  get callsDeferred(): ReadonlySet<string> {
    return this.calledSinks?.skipped ?? new Set();
  }

  /** The sink calls the rules see: the file's own, then those its calls reach. */
  get allSinkCalls(): SinkCall[] {
    if (!this.all) {
      const called = this.calledSinkCalls;
      // A sink of a function the file only calls, each call evaluated: those calls say more (frame-coverage.ts).
      const evaluated = this.calledSinks!.evaluatedCalls;
      const own = evaluated.size === 0 || this.calledSinks!.limited ? this.sinkCalls : this.sinkCalls.filter((s) => !coveredByCalls(this, s.node, evaluated));
      this.all = [...own, ...called];
    }
    return this.all;
  }

  get looseOptionBags(): Value[] {
    return (this.bags ??= looseOptionBags(this.index, this.modules, this.values, sinkArgumentNodes(this.sinkCalls)));
  }

  get looseWrites(): Prop[] {
    if (!this.writes) {
      const seen = new Set<ts.Node>();
      collectSeenPropNodes(this.sinkCalls.map((c) => c.options).filter((v): v is Value => !!v), seen);
      collectSeenPropNodes(this.looseOptionBags, seen);
      this.writes = looseWrites(this.index, this.values, seen);
    }
    return this.writes;
  }
}

/**
 * The model of a file, built when a rule first needs it: many rules look at the text first (a
 * rule that the pre-filter let through for `'crypto'` returns at once when the file has no
 * SecurePair), and then the file's walk is never paid for.
 */
export class LazyModel {
  private failure?: DocumentError;
  /** The project's other files, for the model's imports of them. */
  link?: ImportLink;
  /** What `holds` found for each needle, and in how many of the texts (this file's, then the others read). */
  readonly held = new Map<string, { checked: number; found: boolean }>();

  constructor(
    readonly sourceFile: ts.SourceFile,
    private model?: FileModel,
  ) {}

  /** The model if it was built (a rule asked for it), without building it. */
  get built(): FileModel | undefined {
    return this.model;
  }

  get(): FileModel {
    if (this.failure) throw this.failure;
    if (!this.model) {
      try {
        this.model = new FileModel(this.sourceFile, { link: this.link });
      } catch (err) {
        // The file, not the rule asking, is the problem: no rule can look at it.
        throw (this.failure = new DocumentError(err));
      }
    }
    return this.model;
  }
}

/** Whether another file's text holds a needle, answered once per text and needle when the texts stay the same (JsProject.holds). */
export interface TextQuestions {
  holds(text: string, key: string, has: (text: string) => boolean): boolean;
}

/** What a rule context needs of the project model when the file's values come from other files. */
export interface ContextProject {
  /** The model of the other file a node belongs to. */
  modelOfNode(node: ts.Node): FileModel | undefined;
  /** Where a report on `node` sits and what else it involves, when that is not simply here; `written`: JsReport.written. */
  placement(node: ts.Node, written?: ts.Node): Placement | undefined;
  /** The texts of the other files read so far, in the order they were read (a later call only adds to them). */
  texts(): readonly string[];
  /** A related place at a node of another file this lint read (JsReport.related). */
  relatedPlace(node: ts.Node, message: string): RelatedPlace | undefined;
}

/**
 * The JsRuleContext one rule's part sees: the shared model, and a report function bound to the
 * rule that turns the reported node into its range (without leading trivia). With a project, a
 * node from another file is resolved in its own file's model and reported where it is.
 */
export function createRuleContext(model: LazyModel | FileModel, fileName: string, report: (d: ReportDescriptor, placement?: Placement) => void, project?: ContextProject, texts?: TextQuestions): JsRuleContext {
  const lazy = model instanceof LazyModel ? model : new LazyModel(model.sourceFile, model);
  let nodes: NodeIndex | undefined;
  const modelOf = (e: ts.Node): FileModel => (project && sourceFileOf(e) !== lazy.sourceFile ? project.modelOfNode(e) : undefined) ?? lazy.get();
  return {
    sourceFile: lazy.sourceFile,
    text: lazy.sourceFile.text,
    fileName,
    holds(needle: string | RegExp): boolean {
      return holds(lazy, needle, project, texts);
    },
    refOf: (e: ts.Expression): ModuleRef | undefined => modelOf(e).modules.refOf(e),
    valueOf: (e: ts.Expression): Value => modelOf(e).values.valueOf(e),
    isParameter: (id: ts.Identifier): boolean => modelOf(id).index.scopes.lookup(id)?.kind === 'param',
    valuesInCalls: (e: ts.Expression) => lazy.get().valuesInCalls(e),
    get callsReached() {
      return lazy.get().callsReached;
    },
    get sinkCalls() {
      return lazy.get().allSinkCalls;
    },
    get looseOptionBags() {
      return lazy.get().looseOptionBags;
    },
    get looseWrites() {
      return lazy.get().looseWrites;
    },
    get nodes() {
      const { index } = lazy.get();
      return (nodes ??= { calls: index.calls, assignments: index.assignments, deletes: index.deletes });
    },
    optionChecks: OPTION_CHECKS,
    optionAdditions: OPTION_ADDITIONS,
    report: (d: JsReport) => {
      const sf = d.node ? sourceFileOf(d.node) : lazy.sourceFile;
      if (sf !== lazy.sourceFile) {
        // A call in another file, reached through a helper this file calls: what the call lacks is
        // the helper's, judged in its own file; what this file passes is judged where it is written.
        if (!project || ts.isCallExpression(d.node!) || ts.isNewExpression(d.node!)) return;
      }
      const written = d.written && d.node && writtenApart(d.written, d.node) ? d.written : undefined;
      let placement = project && d.node ? project.placement(d.node, written) : undefined;
      const also = project ? (d.related ?? []).filter((r) => sourceFileOf(r.node) !== sf).flatMap((r) => project.relatedPlace(r.node, r.message) ?? []) : [];
      // A report placed in another file that names its use here (`opt-in passed here`) says it better than the generic use site.
      const usedHere = sf !== lazy.sourceFile && (d.related ?? []).some((r) => sourceFileOf(r.node) === lazy.sourceFile);
      if (also.length) placement = { ...placement, related: [...(usedHere ? [] : (placement?.related ?? []).filter((r) => !GUESSED_USES.has(r.message))), ...also] };
      // A node of another file this lint cannot place (it did not read that file) is not reported.
      if (sf !== lazy.sourceFile && !placement?.document) return;
      // A value this file writes in a declaration and the option only reads: where it is written.
      // (Also for an option a call's argument stands for, when one of its values is written apart:
      // `agentFor(h)` over a table whose one entry says `verify: false`.)
      const writtenHere = written && sourceFileOf(written) === sf ? written : undefined;
      const here = !placement?.at && !d.range && d.node ? (relocatedFrom(d.node) ? writtenHere : (writtenHere ?? writtenInFile(d.node, (e) => modelOf(e).values.valueOf(e)))) : undefined;
      const at = placement?.at ?? (here && { start: here.getStart(sf), end: here.end });
      const start = at?.start ?? d.range?.start ?? d.node?.getStart(sf) ?? 0;
      const end = at?.end ?? d.range?.end ?? d.node?.end ?? start;
      // At an argument a call passes, or at a constant written in another file, the rule's fixes
      // (made for the option here) do not apply.
      const fixes = (d.node && relocatedFrom(d.node)) || placement?.at ? [] : d.fixes;
      // The option that reads it may still carry a suppression comment written before the finding moved.
      report({ messageId: d.messageId, data: d.data, severity: d.severity, fixes, range: { start, end }, ...(here ? { usedAt: d.node!.getStart(sf) } : {}) }, placement);
    },
  };
}

/**
 * Whether the file's text or one of the other files' read so far holds a needle. Rules ask for the
 * same needles again and again (each part, each option: `rejectUnauthorized["']?\s*:\s*false`), and
 * the texts read only grow during a lint (ContextProject.texts keeps its order), so what was found
 * is remembered per needle, and only the texts read since are searched.
 */
function holds(lazy: LazyModel, needle: string | RegExp, project: ContextProject | undefined, questions: TextQuestions | undefined): boolean {
  // A global or sticky pattern's test() depends on its lastIndex: not remembered.
  const key = typeof needle === 'string' ? `s${needle}` : needle.global || needle.sticky ? undefined : `r${needle.flags}/${needle.source}`;
  const has = (t: string) => (typeof needle === 'string' ? t.includes(needle) : needle.test(t));
  if (key === undefined) return has(lazy.sourceFile.text) || (!!project && project.texts().some(has));
  let memo = lazy.held.get(key);
  if (!memo) lazy.held.set(key, (memo = { checked: 0, found: false }));
  if (memo.found) return true;
  if (memo.checked === 0) {
    memo.checked = 1;
    if ((memo.found = has(lazy.sourceFile.text))) return true;
  }
  if (!project) return false;
  const texts = project.texts();
  for (; memo.checked - 1 < texts.length; memo.checked++) {
    const text = texts[memo.checked - 1];
    if ((memo.found = questions ? questions.holds(text, key, has) : has(text))) return true;
  }
  return false;
}
