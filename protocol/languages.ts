// The registry of languages: the one answer to "does tlslint read this file, and as what". CLI
// discovery, the workspace scan, the language server's document filter, the VS Code client's
// document selector and package.json's activation events all derive from this list (test/meta
// checks package.json against it). Plain data, so the client bundle can import it; the server maps
// each id to its frontend in server/src/lang/index.ts.

import { PROJECT_FILE_LANGUAGES } from './project-files.js';

export type LanguageId = 'js' | 'python' | ProjectFileLanguageId;

/** Project files around the code (protocol/project-files.ts): package.json, .npmrc, .env, Dockerfile, YAML. */
export type ProjectFileLanguageId = 'json' | 'npmrc' | 'dotenv' | 'dockerfile' | 'yaml';

export interface LanguageDescriptor {
  id: LanguageId;
  /** For messages: "JavaScript/TypeScript". */
  name: string;
  /** File name endings it claims, lower case with the dot (`.ts`); a longer ending wins. */
  extensions: readonly string[];
  /** Exact base names it claims (`package.json`, `Dockerfile`). */
  fileNames?: readonly string[];
  /**
   * Base-name globs it claims when no extension does (`.env.*`, `Dockerfile.*`; `*` is any run of
   * characters but `/`), matched ignoring case. The client's selector sends them whatever
   * language the editor gives them.
   */
  namePatterns?: readonly string[];
  /**
   * Its editor languages claim only the files it claims by name: `json` is read in package.json,
   * not in tsconfig.json; `ini` in .npmrc, not in setup.ini. Such a language reads no untitled document.
   */
  byFileNameOnly?: boolean;
  /** Names it never reads though an extension claims them, and why (`.d.ts`: declaration file). */
  excluded?: { pattern: RegExp; reason: string };
  /** VS Code / LSP language ids of its documents (the client's document selector). */
  lspLanguageIds: readonly string[];
  /**
   * The extension a document without a file name (untitled) gets from its LSP language id, so the
   * parser knows the dialect (`typescriptreact` → `.tsx`).
   */
  extensionOf: Readonly<Record<string, string>>;
  /** Comment syntax, for suppression directives; absent when the format has none (JSON). */
  comments?: { line: string; block?: readonly [string, string] };
  /** Directory names that hold this language's dependencies or build output: discovery never enters them. */
  skippedDirs?: readonly string[];
  /**
   * Whether editors show the language's syntax errors themselves (VS Code's TypeScript support does
   * for JS/TS): the language server then leaves its own syntax note out of an open document's
   * diagnostics, where it would repeat theirs. The CLI and the workspace scan keep it.
   */
  editorReportsSyntaxErrors?: boolean;
}

export const LANGUAGES: readonly LanguageDescriptor[] = [
  {
    id: 'js',
    name: 'JavaScript/TypeScript',
    extensions: ['.js', '.jsx', '.mjs', '.cjs', '.ts', '.tsx', '.mts', '.cts'],
    // Also `foo.d.css.ts`, the declaration form for arbitrary extensions.
    excluded: { pattern: /\.d(?:\.[^./\\]+)?\.[cm]?ts$/i, reason: 'declaration file' },
    lspLanguageIds: ['javascript', 'javascriptreact', 'typescript', 'typescriptreact'],
    extensionOf: { javascript: '.js', javascriptreact: '.jsx', typescript: '.ts', typescriptreact: '.tsx' },
    comments: { line: '//', block: ['/*', '*/'] },
    editorReportsSyntaxErrors: true,
  },
  {
    id: 'python',
    name: 'Python',
    // Not .pyi: stubs declare types, no code runs in them.
    extensions: ['.py'],
    lspLanguageIds: ['python'],
    extensionOf: { python: '.py' },
    comments: { line: '#' },
    // Virtual environments and installed packages are someone else's code; caches are not code.
    skippedDirs: ['.venv', 'venv', 'site-packages', '__pycache__', '.tox'],
  },
  ...PROJECT_FILE_LANGUAGES,
];

/**
 * Directories discovery never enters: dependencies are someone else's code, .git is not code, and
 * each language's own (a Python virtual environment holds no JavaScript of the project either).
 */
export const ALWAYS_SKIPPED_DIRS: readonly string[] = ['node_modules', '.git', ...LANGUAGES.flatMap((l) => l.skippedDirs ?? [])];

/** The languages of base names asked about (a scan asks several times for each of its files), up to LANGUAGE_MEMO names. */
const languageOfBase = new Map<string, LanguageDescriptor | undefined>();
const LANGUAGE_MEMO = 50_000;

/** The language a file name belongs to, or undefined when tlslint does not read it. */
export function languageOfFile(fileName: string): LanguageDescriptor | undefined {
  const base = fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
  if (languageOfBase.has(base)) return languageOfBase.get(base);
  if (languageOfBase.size >= LANGUAGE_MEMO) languageOfBase.clear();
  const lang = languageOfBaseName(base);
  languageOfBase.set(base, lang);
  return lang;
}

function languageOfBaseName(base: string): LanguageDescriptor | undefined {
  const lower = base.toLowerCase();
  let best: { lang: LanguageDescriptor; length: number } | undefined;
  for (const lang of LANGUAGES) {
    if (lang.fileNames?.includes(base)) return lang;
    if (lang.excluded?.pattern.test(base)) continue;
    for (const ext of lang.extensions) {
      if (lower.endsWith(ext) && (!best || ext.length > best.length)) best = { lang, length: ext.length };
    }
  }
  // An extension a language claims wins over a name pattern: `.env.js` is JavaScript.
  if (best || LANGUAGES.some((l) => l.excluded?.pattern.test(base))) return best?.lang;
  return LANGUAGES.find((l) => l.namePatterns?.some((p) => globToRegExp(p).test(base)));
}

const GLOBS = new Map<string, RegExp>();

/** A base-name glob as a regular expression: `*` is any run of characters but `/`, case ignored. */
export function globToRegExp(glob: string): RegExp {
  let re = GLOBS.get(glob);
  if (!re) GLOBS.set(glob, (re = new RegExp(`^${glob.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^/\\\\]*')}$`, 'i')));
  return re;
}

/** Why a file name that looks like a language's is not read (`declaration file`), if it is one of those. */
export function excludedReason(fileName: string): string | undefined {
  return LANGUAGES.find((l) => l.excluded?.pattern.test(fileName))?.excluded?.reason;
}

/** The language of an editor document: by its file name, else by its LSP language id. */
export function languageOfDocument(fileName: string | undefined, lspLanguageId: string): LanguageDescriptor | undefined {
  const byName = fileName === undefined ? undefined : languageOfFile(fileName);
  return byName ?? LANGUAGES.find((l) => !l.byFileNameOnly && l.lspLanguageIds.includes(lspLanguageId));
}

export interface DocumentFilter {
  scheme: 'file' | 'untitled';
  language?: string;
  pattern?: string;
}

/**
 * The documents the editor sends the server (the client's document selector): each language's
 * editor languages, on disk and untitled (unless it reads files by name only), and the files it
 * claims by name or name pattern, whatever language the editor gives them (a `plaintext` .npmrc).
 */
export function documentSelector(): DocumentFilter[] {
  return LANGUAGES.flatMap((l) => [
    ...(l.byFileNameOnly ? [] : l.lspLanguageIds.flatMap((language) => [{ scheme: 'file' as const, language }, { scheme: 'untitled' as const, language }])),
    ...[...(l.fileNames ?? []), ...(l.namePatterns ?? [])].map((name) => ({ scheme: 'file' as const, pattern: `**/${name}` })),
  ]);
}

/** What activates the extension besides its commands: opening a document of one of its editor languages. */
export function activationLanguages(): string[] {
  return [...new Set(LANGUAGES.flatMap((l) => l.lspLanguageIds))];
}
