// Builds the per-file model (bindings, values, sinks, loose bags) that rules read through RuleContext.
import ts from 'typescript';
import type { ModuleRef, NodeIndex, Prop, ReportDescriptor, RuleContext, SinkCall, Value } from '../../../rules/api.js';
import { collect, type FileIndex } from './collect.js';
import { collectSeenPropNodes, looseOptionBags, looseWrites } from './loose-bags.js';
import { ModuleResolver } from './modules.js';
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

/** Thrown when the model of a file cannot be built: the file, not the rule asking, is the problem. */
export class ModelError extends Error {
  constructor(readonly reason: unknown) {
    super(reason instanceof Error ? reason.message : String(reason));
  }
}

/**
 * The model of a file, built when a rule first needs it: many rules look at the text first (a
 * rule that the pre-filter let through for `'crypto'` returns at once when the file has no
 * SecurePair), and then the file's walk is never paid for.
 */
export class LazyModel {
  private failure?: ModelError;

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
        throw (this.failure = new ModelError(err));
      }
    }
    return this.model;
  }
}

/** The RuleContext one rule sees: the shared model plus a report function bound to the rule. */
export function createRuleContext(model: LazyModel | FileModel, fileName: string, report: (d: ReportDescriptor) => void): RuleContext {
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
    report,
  };
}
