// Where a finding sits when the file's values come from other files: a report on a node of
// another file (an exported options object a sink here uses) sits in that file, where the unsafe
// value is written, with the use here as related information; a report here whose value was
// written in another file names that place.
import path from 'node:path';
import ts from 'typescript';
import type { Prop, Value } from '../../../../rules/js/api.js';
import type { Placement, RelatedPlace } from '../../engine/language.js';
import type { ContextProject, FileModel, LazyModel } from './context.js';
import { jsDocument, type JsDocument } from './parse.js';
import type { ProjectSession } from './session.js';
import { relocatedFrom } from './call-values.js';
import { snippet, sourceFileOf } from './syntax.js';
import { isOneLineDeclaredValue } from './written-here.js';

/** How deep values are searched for the node a report is on. */
const MAX_SEARCH_DEPTH = 8;
/** Related places of one finding, at most. */
const MAX_RELATED = 3;
/** A related location's text shows beside its file name and line: a few words ("used by https.request"). */
export const MAX_RELATED_TEXT = 64;
/** The uses named when no sink or bag here holds the node (its import, the file): a rule's own related place replaces them. */
const IMPORTED_HERE = 'imported here';
const USED_IN_THIS_FILE = 'used in this file';
export const GUESSED_USES: ReadonlySet<string> = new Set([IMPORTED_HERE, USED_IN_THIS_FILE]);

export class ProjectPlacer implements ContextProject {
  private readonly documents = new Map<ts.SourceFile, JsDocument>();

  constructor(
    private readonly main: JsDocument,
    private readonly model: LazyModel,
    private readonly session: ProjectSession,
  ) {
    this.documents.set(main.sourceFile, main);
  }

  modelOfNode(node: ts.Node): FileModel | undefined {
    return this.session.modelOfNode(node);
  }

  texts(): readonly string[] {
    return this.session.texts();
  }

  placement(node: ts.Node, branch?: ts.Node): Placement | undefined {
    const sf = sourceFileOf(node);
    // One of several values the option reads, written in a file this lint read: there.
    if (branch && sf === this.main.sourceFile && sourceFileOf(branch) !== sf && this.session.modelOfNode(branch)) return this.at(branch, this.place(node, this.useLabel(node)));
    if (sf === this.main.sourceFile) {
      const written = this.constantWrittenElsewhere(node, this.model.get());
      if (written) return this.at(written, this.place(node, this.useLabel(node)));
      const related = this.origins(node);
      return related.length ? { related } : undefined;
    }
    const model = this.session.modelOfNode(node);
    if (!model) return undefined;
    const written = this.constantWrittenElsewhere(node, model);
    if (written) return this.at(written, this.useSite(node, sf));
    return { document: this.documentOf(sf), related: [this.useSite(node, sf), ...this.mappedBy(node, MAX_RELATED - 1)] };
  }

  relatedPlace(node: ts.Node, message: string): RelatedPlace | undefined {
    return this.session.modelOfNode(node) ? this.place(node, message) : undefined;
  }

  /** For a value a function turned into an option (`rejectUnauthorized: s.verifyTls`): that option, in the function. */
  private mappedBy(node: ts.Node, limit = MAX_RELATED): RelatedPlace[] {
    const moved = relocatedFrom(node);
    return moved ? [...moved].slice(0, limit).map((p) => this.place(p, `${snippet(p)}${functionName(p)}`)) : [];
  }

  private documentOf(sf: ts.SourceFile): JsDocument {
    let d = this.documents.get(sf);
    if (!d) this.documents.set(sf, (d = jsDocument(sf)));
    return d;
  }

  private place(node: ts.Node, message: string): RelatedPlace {
    const sf = sourceFileOf(node);
    const text = message.length > MAX_RELATED_TEXT ? `${message.slice(0, MAX_RELATED_TEXT - 1)}…` : message;
    return { document: this.documentOf(sf), start: node.getStart(sf), end: node.end, message: text };
  }

  /** Where this file uses a value written in another file: the sink it reaches, else where it is passed on or imported. */
  private useSite(node: ts.Node, sf: ts.SourceFile): RelatedPlace {
    const m = this.model.get();
    for (const call of m.allSinkCalls) {
      // A call that never speaks TLS (http.get) is no use of TLS options, though it gets the same object.
      if (call.sink.role === 'plain' || !call.options || !holds(call.options, node)) continue;
      // A sink in a helper this file calls (`createClient(globexTenant)`): the call here.
      return call.via && sourceFileOf(call.via) === this.main.sourceFile ? this.place(call.via, `used by ${call.sink.id} through ${snippet(call.via.expression)}`) : this.place(call.callee, `used by ${call.sink.id}`);
    }
    for (const bag of m.looseOptionBags) if (holds(bag, node)) return this.place(bag.node ?? this.main.sourceFile, 'passed on here');
    const imported = this.importOf(sf.fileName);
    return imported ? this.place(imported, IMPORTED_HERE) : { document: this.main, start: 0, end: 0, message: USED_IN_THIS_FILE };
  }

  /**
   * An option (or a global knob assigned) here whose whole value is one constant (a string, number
   * or boolean) written in another file the project reads (`minVersion: MIN_TLS`,
   * `rejectUnauthorized: config.verifyTls`, `process.env.NODE_TLS_REJECT_UNAUTHORIZED = cfg.reject`):
   * the finding sits where that constant is written, as an exported options object's does.
   */
  private constantWrittenElsewhere(node: ts.Node, model: FileModel): ts.Node | undefined {
    if (relocatedFrom(node)) return undefined;
    const valueNode = ts.isPropertyAssignment(node) ? node.initializer : ts.isShorthandPropertyAssignment(node) ? node.name : ts.isBinaryExpression(node) ? node.right : undefined;
    if (!valueNode) return undefined;
    const v = model.values.valueOf(valueNode);
    // A one-line function written in a declaration (`export const acceptAnyName = () => undefined`) is a value too.
    const written = v.kind === 'literal' || (v.kind === 'function' && isOneLineDeclaredValue(v.node));
    if (!written || !v.node || sourceFileOf(v.node) === sourceFileOf(node)) return undefined;
    const wsf = sourceFileOf(v.node);
    return wsf === this.main.sourceFile || this.session.modelOfNode(v.node) ? v.node : undefined;
  }

  /** The finding at a constant's written value, with where it is used. */
  private at(written: ts.Node, use: RelatedPlace): Placement {
    const wsf = sourceFileOf(written);
    return { document: this.documentOf(wsf), at: { start: written.getStart(wsf), end: written.end }, related: [use] };
  }

  /** "used by tls.connect": the sink whose options hold this option, for the place it is used. */
  private useLabel(node: ts.Node): string {
    for (const call of this.model.get().sinkCalls) {
      if (call.sink.role !== 'plain' && call.options && holds(call.options, node)) return `used by ${call.sink.id}`;
    }
    return ts.isBinaryExpression(node) ? `assigned to ${node.left.getText()}` : 'used here';
  }

  private importOf(fileName: string): ts.Node | undefined {
    for (const st of this.main.sourceFile.statements) {
      const spec = ts.isImportDeclaration(st) || ts.isExportDeclaration(st) ? st.moduleSpecifier : undefined;
      if (spec && ts.isStringLiteral(spec) && this.session.resolve(this.main.fileName, spec.text) === path.normalize(fileName)) return spec;
    }
    return undefined;
  }

  /**
   * For an option written here whose value comes from another file: where that value was
   * written. For an argument a finding was placed at: the option in the function it reaches.
   */
  private origins(node: ts.Node): RelatedPlace[] {
    if (relocatedFrom(node)) return this.mappedBy(node);
    if (ts.isCallExpression(node) || ts.isNewExpression(node)) return this.optionsWrittenElsewhere(node);
    // An option's value, an assignment's right side, or an argument reported itself (gRPC credentials).
    const valueNode = ts.isPropertyAssignment(node) ? node.initializer : ts.isShorthandPropertyAssignment(node) ? node.name : ts.isBinaryExpression(node) ? node.right : ts.isIdentifier(node) || ts.isPropertyAccessExpression(node) ? node : undefined;
    if (!valueNode) return [];
    const out: RelatedPlace[] = [];
    const seen = new Set<ts.Node>();
    const visit = (v: Value, depth: number) => {
      if (out.length >= MAX_RELATED || depth > 2) return;
      if (v.kind === 'either') {
        for (const b of v.branches) visit(b.value, depth + 1);
        return;
      }
      const at = v.node;
      if (!at || seen.has(at) || sourceFileOf(at) === this.main.sourceFile) return;
      seen.add(at);
      out.push(this.place(at, 'value written here'));
    };
    visit(this.model.get().values.valueOf(valueNode), 0);
    return out;
  }

  /** A finding on a call (an option it lacks): where its options object is written, when in another file. */
  private optionsWrittenElsewhere(node: ts.CallExpression | ts.NewExpression): RelatedPlace[] {
    const out: RelatedPlace[] = [];
    for (const call of this.model.get().sinkCalls) {
      if (call.node !== node || !call.options) continue;
      for (const v of call.options.kind === 'either' ? call.options.branches.map((b) => b.value) : [call.options]) {
        if (out.length < MAX_RELATED && v.node && sourceFileOf(v.node) !== this.main.sourceFile) out.push(this.place(v.node, 'options written here'));
      }
    }
    return out;
  }
}

/** " in makeAgent": the function (or class) a node is written in. */
function functionName(n: ts.Node): string {
  for (let p = n.parent; p; p = p.parent) {
    if ((ts.isFunctionLike(p) || ts.isClassLike(p)) && 'name' in p && p.name && ts.isIdentifier(p.name)) return ` in ${p.name.text}`;
    if ((ts.isArrowFunction(p) || ts.isFunctionExpression(p)) && ts.isVariableDeclaration(p.parent) && ts.isIdentifier(p.parent.name)) return ` in ${p.parent.name.text}`;
  }
  return '';
}

/** Whether a value holds a property written at `node` (or is the value written there). */
function holds(root: Value, node: ts.Node): boolean {
  const seen = new Set<Value>();
  const stack: { v: Value; d: number }[] = [{ v: root, d: 0 }];
  while (stack.length) {
    const { v, d } = stack.pop()!;
    if (seen.has(v) || d > MAX_SEARCH_DEPTH) continue;
    seen.add(v);
    if (v.node === node) return true;
    if (v.kind === 'object') {
      for (const p of v.props.values() as Iterable<Prop>) {
        if (p.node === node || p.valueNode === node) return true;
        stack.push({ v: p.value, d: d + 1 });
      }
    } else if (v.kind === 'either') {
      for (const b of v.branches) stack.push({ v: b.value, d: d + 1 });
    } else if (v.kind === 'array') {
      for (const e of v.elements) stack.push({ v: e, d: d + 1 });
    }
  }
  return false;
}
