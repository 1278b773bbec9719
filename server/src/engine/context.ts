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

/** The RuleContext one rule sees: the shared model plus a report function bound to the rule. */
export function createRuleContext(model: FileModel, fileName: string, report: (d: ReportDescriptor) => void): RuleContext {
  const nodes: NodeIndex = { calls: model.index.calls, assignments: model.index.assignments, deletes: model.index.deletes };
  return {
    sourceFile: model.sourceFile,
    text: model.sourceFile.text,
    fileName,
    refOf: (e: ts.Expression): ModuleRef | undefined => model.modules.refOf(e),
    valueOf: (e: ts.Expression): Value => model.values.valueOf(e),
    get sinkCalls() {
      return model.sinkCalls;
    },
    get looseOptionBags() {
      return model.looseOptionBags;
    },
    get looseWrites() {
      return model.looseWrites;
    },
    nodes,
    report,
  };
}
