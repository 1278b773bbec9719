// Builds the per-file model (bindings, values, sinks, loose bags) that rules read through JsRuleContext.
import ts from 'typescript';
import type { ReportDescriptor } from '../../../../rules/api.js';
import type { JsReport, JsRuleContext, ModuleRef, NodeIndex, Prop, SinkCall, Value } from '../../../../rules/js/api.js';
import { DocumentError } from '../../engine/language.js';
import { collect, type FileIndex } from './collect.js';
import { collectSeenPropNodes, looseOptionBags, looseWrites } from './loose-bags.js';
import { ModuleResolver } from './modules.js';
import { OPTION_ADDITIONS, OPTION_CHECKS } from './option-checks.js';
import { matchSinkCalls, sinkArgumentNodes } from './sink-calls.js';
import { ValueResolver } from './values.js';

export class FileModel {
  readonly index: FileIndex;
  readonly modules: ModuleResolver;
  readonly values: ValueResolver;
  private sinks?: SinkCall[];
  private bags?: Value[];
  private writes?: Prop[];

  constructor(readonly sourceFile: ts.SourceFile) {
    this.index = collect(sourceFile);
    this.modules = new ModuleResolver(this.index.scopes);
    this.values = new ValueResolver(this.index.scopes, this.modules, this.index.assignments, this.index.calls, this.index.deletes);
  }

  get sinkCalls(): SinkCall[] {
    return (this.sinks ??= matchSinkCalls(this.index.calls, this.modules, this.values));
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

  constructor(
    readonly sourceFile: ts.SourceFile,
    private model?: FileModel,
  ) {}

  get(): FileModel {
    if (this.failure) throw this.failure;
    if (!this.model) {
      try {
        this.model = new FileModel(this.sourceFile);
      } catch (err) {
        // The file, not the rule asking, is the problem: no rule can look at it.
        throw (this.failure = new DocumentError(err));
      }
    }
    return this.model;
  }
}

/**
 * The JsRuleContext one rule's part sees: the shared model, and a report function bound to the
 * rule that turns the reported node into its range (without leading trivia).
 */
export function createRuleContext(model: LazyModel | FileModel, fileName: string, report: (d: ReportDescriptor) => void): JsRuleContext {
  const lazy = model instanceof LazyModel ? model : new LazyModel(model.sourceFile, model);
  let nodes: NodeIndex | undefined;
  return {
    sourceFile: lazy.sourceFile,
    text: lazy.sourceFile.text,
    fileName,
    refOf: (e: ts.Expression): ModuleRef | undefined => lazy.get().modules.refOf(e),
    valueOf: (e: ts.Expression): Value => lazy.get().values.valueOf(e),
    get sinkCalls() {
      return lazy.get().sinkCalls;
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
      const start = d.range?.start ?? d.node?.getStart(lazy.sourceFile) ?? 0;
      const end = d.range?.end ?? d.node?.end ?? start;
      report({ messageId: d.messageId, data: d.data, severity: d.severity, fixes: d.fixes, range: { start, end } });
    },
  };
}
