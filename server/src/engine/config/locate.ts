// Where each problem of a configuration file is in its text, so an editor can mark the file itself:
// a JSON syntax error at its line and column, a validation problem at the key or value it is about
// (found in jsonc-parser's syntax tree), anything else at the start of the file.
import { findNodeAtLocation, parseTree, type Node } from 'jsonc-parser';
import { lineStarts, positionAt } from '../lines.js';
import type { Range } from '../types.js';
import type { ConfigError, ConfigLocation } from './types.js';

export interface LocatedProblem {
  message: string;
  range: Range;
}

/** One entry per problem of `error`, placed in `text` (the configuration file's text). */
export function locateProblems(error: ConfigError, text: string): LocatedProblem[] {
  // Positions count from after a byte order mark, as JSON.parse and editors do.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lines = lineStarts(body);
  const at = (offset: number, length: number): Range => ({ start: positionAt(lines, offset), end: positionAt(lines, offset + length) });
  if (error.line !== undefined) {
    const lineStart = lines[error.line - 1] ?? body.length;
    const lineEnd = lines[error.line] === undefined ? body.length : lines[error.line] - 1;
    const offset = Math.min(lineStart + (error.column ?? 1) - 1, body.length);
    // One character wide where there is one on the line, so the editor has something to underline.
    const range = at(offset, offset < lineEnd ? 1 : 0);
    return error.problems.map((message) => ({ message, range }));
  }
  let tree: Node | undefined;
  return error.problems.map((message, i) => {
    const where = error.locations[i];
    tree ??= where ? parseTree(body) : undefined;
    const node = tree && where ? nodeOf(tree, where) : undefined;
    return { message, range: node ? at(node.offset, node.length) : at(0, 0) };
  });
}

function nodeOf(tree: Node, where: ConfigLocation): Node | undefined {
  const value = findNodeAtLocation(tree, [...where.path]);
  // A property's value node's parent is the property, whose first child is the key.
  if (where.target === 'key' && value?.parent?.type === 'property') return value.parent.children?.[0];
  return value;
}

