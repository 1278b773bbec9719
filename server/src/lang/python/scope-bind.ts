// What each node of a Python file binds, for the scope builder (scope-build.ts): assignments,
// imports, parameters, `with`/`for`/`except` targets, walrus names, `global`/`nonlocal`; and the
// calls, member writes, imports and value strings the model lists.
import type { Node } from 'web-tree-sitter';
import type { BindingKind, Scope, ScopeIndex } from './scope.js';

/** What the walk carries between nodes: the inner links of `a = b = v` chains already bound by the outermost. */
export interface Walk {
  chained: Set<number>;
}

export const INTERESTING: ReadonlySet<string> = new Set(['string', 'concatenated_string', 'call', 'assignment', 'augmented_assignment', 'named_expression', 'import_statement', 'import_from_statement', 'with_item', 'for_statement', 'for_in_clause', 'except_clause', 'global_statement', 'nonlocal_statement']);

/**
 * Records what one node binds or is. `innerString`: a string that is no value of its own (a
 * docstring or other bare string statement, a piece of an implicit concatenation, or a string in
 * another string's f-string hole, reported with the outer one).
 */
export function visit(node: Node, type: string, scope: Scope, index: ScopeIndex, innerString: boolean, walk: Walk): void {
  if (!INTERESTING.has(type)) return;
  switch (type) {
    case 'string':
    case 'concatenated_string':
      if (!innerString) index.strings.push(node);
      return;
    case 'call':
      index.calls.push(node);
      return;
    case 'assignment': {
      // `a = b = v`: every target gets the value v, and the whole statement is each name's. The
      // outermost binds the chain at once (found by fuzzing: each link walking the rest of the
      // chain, and each binding's branch search climbing from its link, made long chains quadratic).
      if (walk.chained.delete(node.id)) return;
      const chain = [node];
      let value = node.childForFieldName('right');
      while (value?.type === 'assignment') {
        chain.push(value);
        walk.chained.add(value.id);
        value = value.childForFieldName('right');
      }
      for (const link of chain) {
        const left = link.childForFieldName('left');
        // A name's binding takes the whole statement; an attribute or item write keeps its own
        // link, whose `left` the object model reads.
        if (left) bindTarget(left, scope, index, left.type === 'identifier' ? node : link, value ?? undefined, 'assign');
      }
      return;
    }
    case 'augmented_assignment': {
      const left = node.childForFieldName('left');
      if (left) bindTarget(left, scope, index, node, node, 'augment');
      return;
    }
    case 'named_expression': {
      const name = node.childForFieldName('name');
      let s = scope;
      while (s.kind === 'comprehension' && s.parent) s = s.parent;
      if (name) s.add({ name: name.text, kind: 'walrus', target: name, at: node.endIndex, value: node.childForFieldName('value') ?? undefined, statement: node });
      return;
    }
    case 'import_statement':
    case 'import_from_statement':
      index.imports.push(node);
      bindImport(node, scope);
      return;
    case 'with_item': {
      const value = node.childForFieldName('value');
      if (value?.type !== 'as_pattern') return;
      const target = value.childForFieldName('alias')?.namedChild(0);
      const expr = value.namedChild(0);
      if (target?.type === 'identifier') scope.add({ name: target.text, kind: 'with', target, at: node.endIndex, value: expr ?? undefined, statement: node });
      else if (target) bindTarget(target, scope, index, node, undefined, 'unpack');
      return;
    }
    case 'for_statement':
    case 'for_in_clause': {
      const left = node.childForFieldName('left');
      // A for statement's names hold from its body on (a comprehension's clause comes after the
      // expression that reads them: bound at its end as before).
      const at = node.type === 'for_statement' ? node.childForFieldName('right')?.endIndex : undefined;
      if (left) bindTarget(left, scope, index, node, undefined, 'loop', at);
      return;
    }
    case 'except_clause': {
      const pattern = node.namedChildren.find((c) => c?.type === 'as_pattern');
      const target = pattern?.childForFieldName('alias')?.namedChild(0);
      if (target?.type === 'identifier') scope.add({ name: target.text, kind: 'except', target, at: target.endIndex, statement: node });
      return;
    }
    case 'global_statement':
    case 'nonlocal_statement':
      for (const id of node.namedChildren) if (id?.type === 'identifier') (type === 'global_statement' ? scope.globals : scope.nonlocals).add(id.text);
      return;
  }
}

function bindTarget(target: Node, scope: Scope, index: ScopeIndex, statement: Node, value: Node | undefined, kind: BindingKind, at = statement.endIndex): void {
  // An explicit stack, in source order: a target nested in thousands of brackets would overflow recursion.
  const stack: { node: Node; value: Node | undefined; kind: BindingKind }[] = [{ node: target, value, kind }];
  while (stack.length > 0) {
    const t = stack.pop()!;
    switch (t.node.type) {
      case 'identifier':
        scope.add({ name: t.node.text, kind: t.kind, target: t.node, at, value: t.value, statement });
        break;
      case 'attribute':
      case 'subscript':
        if (statement.type === 'assignment' || statement.type === 'augmented_assignment') index.memberWrites.push(statement);
        break;
      case 'pattern_list':
      case 'tuple_pattern':
      case 'list_pattern':
      case 'expression_list':
      case 'tuple':
      case 'list':
      case 'parenthesized_expression': {
        const children = t.node.namedChildren;
        const inner: BindingKind = t.kind === 'assign' ? 'unpack' : t.kind;
        for (let i = children.length - 1; i >= 0; i--) {
          const c = children[i];
          if (c) stack.push({ node: c, value: undefined, kind: inner });
        }
        break;
      }
      case 'list_splat_pattern':
      case 'list_splat': {
        const inner = t.node.namedChild(0);
        if (inner) stack.push({ node: inner, value: undefined, kind: 'unpack' });
        break;
      }
    }
  }
}

export function bindParameters(fn: Node, scope: Scope): void {
  const params = fn.childForFieldName('parameters');
  if (!params) return;
  for (const p of params.namedChildren) {
    if (!p) continue;
    let name: Node | null = null;
    let value: Node | undefined;
    if (p.type === 'identifier') name = p;
    else if (p.type === 'default_parameter' || p.type === 'typed_default_parameter') {
      name = p.childForFieldName('name');
      value = p.childForFieldName('value') ?? undefined;
    } else if (p.type === 'typed_parameter' || p.type === 'list_splat_pattern' || p.type === 'dictionary_splat_pattern') {
      name = p.namedChildren.find((c) => c?.type === 'identifier') ?? null;
      if (p.type === 'typed_parameter') {
        const inner = p.namedChild(0);
        if (inner && inner.type !== 'identifier') name = inner.namedChild(0);
      }
    }
    if (name?.type === 'identifier') scope.add({ name: name.text, kind: 'param', target: name, at: fn.startIndex, value, statement: p });
  }
}

function bindImport(node: Node, scope: Scope): void {
  if (node.type === 'import_statement') {
    for (const item of node.childrenForFieldName('name')) {
      if (!item) continue;
      if (item.type === 'aliased_import') {
        const dotted = item.childForFieldName('name');
        const alias = item.childForFieldName('alias');
        if (dotted && alias) scope.add({ name: alias.text, kind: 'import', target: alias, at: node.endIndex, statement: node, imported: dotted.text });
      } else if (item.type === 'dotted_name') {
        // `import os.path` binds `os`, the package.
        const first = item.namedChild(0);
        if (first) scope.add({ name: first.text, kind: 'import', target: first, at: node.endIndex, statement: node, imported: first.text });
      }
    }
    return;
  }
  const moduleNode = node.childForFieldName('module_name');
  // Relative imports name the project's own modules, never a library tlslint knows.
  const module = moduleNode?.type === 'dotted_name' ? moduleNode.text : undefined;
  if (node.namedChildren.some((c) => c?.type === 'wildcard_import')) {
    if (module) scope.module().starImports.push(module);
    return;
  }
  for (const item of node.childrenForFieldName('name')) {
    if (!item) continue;
    const dotted = item.type === 'aliased_import' ? item.childForFieldName('name') : item;
    const alias = item.type === 'aliased_import' ? item.childForFieldName('alias') : item.namedChild(item.namedChildCount - 1);
    if (!dotted || !alias) continue;
    scope.add({ name: alias.text, kind: 'import', target: alias, at: node.endIndex, statement: node, imported: module ? `${module}.${dotted.text}` : undefined });
  }
}
