// How one Python file's value resolver reaches the project's other modules (session.ts implements
// it). Without a link, or for an import it does not resolve, an import stays what one file says
// of it: a library name, or unknown for a relative import.
import type { Node } from 'web-tree-sitter';
import type { PyValue } from '../../../../rules/python/api.js';
import type { Binding } from './scope.js';

export interface PyLink {
  /** What an import binding gives its name when it names a project module or one of its module-level values. */
  imported(b: Binding, use: Node): PyValue | undefined;
  /**
   * `settings.VERIFY_SSL` where `settings` is a project module `imported` gave: its module-level
   * value; or where it is a class or instance another module binds at its top level: its attribute there.
   */
  member(module: PyValue, attribute: string, use: Node): PyValue | undefined;
  /** `Cls.attribute` as the class body of another project module gives it, where `name` imports the class (session.ts `importedAttribute`); undefined when a method of the class assigns `self.attribute`. */
  classDefault(name: Node, attribute: string): PyValue | undefined;
  /** objects.ts `instanceDefault` for a class call of another module, by that module's model. */
  instanceDefault(call: Node, attribute: string): PyValue | undefined;
  /** Whether the value stands for a project module (an import of one). */
  isModule(value: PyValue): boolean;
  /** Whether a project module can have no attribute `name` (session.ts `lacks`). */
  lacks(module: PyValue, name: string): boolean;
  /** A name no binding of the file gives (`use`, or `name` the file does not spell), from a `from .settings import *` of a project module: its module-level value. */
  starred(use: Node, name?: string): PyValue | undefined;
  /** The value of a node of another file, by that file's own resolver. */
  foreign(node: Node): PyValue;
  /** Calls in another module (the linted file) of a function of this one (outside-callers.ts), when the module is read for them. */
  outsideCalls?(fn: Node): readonly { call: Node; skip: number }[];
}
