// What a file's bytes say of the files it may import, before TypeScript's pre-processor reads its
// specifiers (runner/importers.ts): a specifier naming a known file is one of its relative
// literals, or ends with an alias name of the file. Most files the importer passes' search meets
// (a package's files three barrels away from an exporter) import nothing leading to one, and the
// pre-processor was most of the choice's cost.
import { aliasNames, relativeLiterals, specifierEnds, specifierEndsWith } from './specifier-text.js';

/** A literal whose first character is an escaped dot (`'\x2e/agent'`): a relative specifier its bytes do not show as one. */
const ESCAPED_DOT = /['"`]\\(?:[.\r\n\u2028\u2029]|x2e|u002e|u\{0*2e\}|0*56)/i;

/** What an alias of one file may put before its name (`@core`, `#config`): AliasTargets reads the name after it. */
const SIGILS = ['@', '#', '~', '$'];

/** How the importer passes name files: what they know of each, while the known files are the same. */
export interface ImportLook {
  /** The known file a specifier names from a file. */
  resolve(from: string, spec: string): string | undefined;
  /** The known index files (barrels an alias may name). */
  barrels(): ReadonlySet<string>;
  /** The targets of a set a bare specifier may name through an alias. */
  aliasesOf(spec: string, targets: ReadonlySet<string>): readonly string[];
  /** A file's specifiers and the known files they name, when the pre-processor read them already. */
  knownEdges(file: string): { specs: readonly string[]; named: readonly (string | undefined)[] } | undefined;
  read(file: string): string | undefined;
}

/** What a file's bytes say of its specifiers (null: it could not be read, and has none). */
type Bytes = {
  /** The ends of its quoted literals that do not begin with a dot (specifierEnds). */
  ends: ReadonlySet<string>;
  /** The known files its relative literals name; undefined when one holds an escape (a maybe). */
  named: readonly string[] | undefined;
} | null;

export class ImportBytes {
  /** Whether a file may lead to a set of targets within so many hops, by hops, file and targets (while the known files are the same). */
  private readonly leads = new Map<string, boolean>();
  /** Each file's bytes as mayLead reads them, while the known files are the same (a file is asked about for many targets and hops). */
  private readonly bytes = new Map<string, Bytes>();

  constructor(private readonly look: ImportLook) {}

  /** Forgets what was found (the known files changed, or a pass was chosen: the bytes are not kept longer). */
  clear(): void {
    this.leads.clear();
    this.bytes.clear();
  }

  /**
   * Whether a text may import one of `targets` (a file's own, read by `from`): directly, or
   * through a known file or a barrel an alias names for which `leads` says it may lead to one.
   */
  mayImport(from: string, text: string, targets: ReadonlySet<string>, leads: (file: string) => boolean): boolean {
    for (const t of targets) if (aliasNames(t).some((n) => text.includes(n))) return true;
    // A barrel an alias names (`@acme/http` for packages/http/src/index.ts): only when a quoted specifier ends with its name.
    let ends: ReadonlySet<string> | undefined;
    for (const b of this.look.barrels()) if (aliasNames(b).some((n) => specifierEndsWith((ends ??= specifierEnds(text)), n)) && leads(b)) return true;
    const literals = relativeLiterals(text);
    if (literals === undefined) return true;
    for (const spec of literals) {
      const target = this.look.resolve(from, spec);
      if (target === undefined) continue;
      if (targets.has(target)) return true;
      if (leads(target)) return true;
    }
    return false;
  }

  /**
   * Whether a file may lead to one of `targets` within `hops` barrels (BarrelSearch's `leads`):
   * false proves it does not. Its own specifiers when known, else its bytes; `key` names the targets.
   */
  mayLead(file: string, targets: ReadonlySet<string>, hops: number, key: string, text?: string): boolean {
    let found = this.answer(file, hops, key);
    if (found === undefined) this.leads.set(`${hops}\0${file}\0${key}`, (found = this.compute(file, targets, hops, key, text)));
    return found;
  }

  /** What mayLead answered for the same question, if it was asked. */
  answer(file: string, hops: number, key: string): boolean | undefined {
    return this.leads.get(`${hops}\0${file}\0${key}`);
  }

  private compute(file: string, targets: ReadonlySet<string>, hops: number, key: string, given: string | undefined): boolean {
    const further = (f: string) => hops > 0 && this.mayLead(f, targets, hops - 1, key);
    const edges = this.look.knownEdges(file);
    if (edges) {
      for (let i = 0; i < edges.specs.length; i++) {
        const spec = edges.specs[i];
        const named = edges.named[i];
        if (named !== undefined ? targets.has(named) || further(named) : !spec.startsWith('.') && (this.look.aliasesOf(spec, targets).length > 0 || this.look.aliasesOf(spec, this.look.barrels()).some((b) => !targets.has(b) && further(b)))) return true;
      }
      return false;
    }
    const bytes = this.bytesOf(file, given);
    // Unread, it has no specifiers (BarrelSearch's edges of it are none).
    if (!bytes) return false;
    if (!bytes.named) return true;
    // A target an alias names: a quoted specifier ends with its alias name (AliasTargets' rule, sigils too).
    for (const t of targets) if (aliasNames(t).some((n) => specifierEndsWith(bytes.ends, n) || SIGILS.some((s) => bytes.ends.has(s + n)))) return true;
    if (hops > 0) for (const b of this.barrelsEnding(bytes.ends)) if (!targets.has(b) && further(b)) return true;
    return bytes.named.some((f) => targets.has(f) || further(f));
  }

  /** The known barrels an alias name of which is one of `ends` (a quoted specifier may name them). */
  private barrelsEnding(ends: ReadonlySet<string>): string[] {
    const barrels = this.look.barrels();
    if (this.barrelNames?.barrels !== barrels) {
      const names = new Map<string, string[]>();
      for (const b of barrels) for (const n of aliasNames(b)) names.set(n, [...(names.get(n) ?? []), b]);
      this.barrelNames = { barrels, names };
    }
    const { names } = this.barrelNames;
    const out: string[] = [];
    if (ends.size < names.size) for (const e of ends) out.push(...(names.get(e) ?? []));
    else for (const [n, files] of names) if (ends.has(n)) out.push(...files);
    return out;
  }
  private barrelNames?: { barrels: ReadonlySet<string>; names: Map<string, string[]> };

  private bytesOf(file: string, given: string | undefined): Bytes {
    let bytes = this.bytes.get(file);
    if (bytes !== undefined) return bytes;
    const text = given ?? this.look.read(file);
    const literals = text === undefined || ESCAPED_DOT.test(text) ? undefined : relativeLiterals(text);
    const named = literals && [...new Set(literals.map((spec) => this.look.resolve(file, spec)).filter((f): f is string => f !== undefined))];
    this.bytes.set(file, (bytes = text === undefined ? null : { ends: specifierEnds(text), named }));
    return bytes;
  }
}
