// How one file's resolvers reach the project's other files (session.ts implements it). Without a
// link, or for a specifier it does not resolve, an import stays what one file says of it: a
// reference to a module by name.
import type ts from 'typescript';
import type { ModuleRef, Value } from '../../../../rules/js/api.js';
import type { FileModel } from './context.js';
import type { ImportForm } from './scope.js';

export interface ImportLink {
  /**
   * Whether calls of imported functions are followed into their files, and imports read to say
   * which exports matter: in an importer pass and in the editor. The first pass of a batch only
   * follows the values its sinks and option bags need (and says so: FileResult.deferred).
   */
  readonly followsCalls: boolean;
  /** Whether the specifier names a project file this lint may read (resolved, not read yet). */
  resolves(specifier: string): boolean;
  /** What importing the file gives (`as`), picked along `path`; undefined when it cannot be followed. */
  value(specifier: string, as: ImportForm, path: readonly string[], node: ts.Node): Value | undefined;
  /** The module export the import denotes when the file passes one on (`export const client = axios.create()`). */
  ref(specifier: string, as: ImportForm, path: readonly string[]): ModuleRef | undefined;
  /** A node-config setting (`config.get('a.b')`) from the package's `config/` files; undefined when unknown. */
  nodeConfig(settingPath: readonly string[], node: ts.Node): Value | undefined;
  /** The model of the file a node belongs to (a called function's body), if this lint has it. */
  modelOfNode(node: ts.Node): FileModel | undefined;
}
