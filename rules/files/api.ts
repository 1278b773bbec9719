// The project-file part of the rule contract: what a rule's `files` part sees. Every project-file
// frontend (server/src/lang/files/: package.json, .npmrc/.yarnrc, .env, Dockerfile, YAML) builds
// the same model (rules/files/model.ts): the environment it gives processes, the tool settings
// it writes, the certificate switches and Node flags of the commands it runs. A rule reads the
// model, never the file's syntax; the frontend has already made each removal a valid edit.
import type { Fix, ReportDescriptor, RulePart, TextEdit } from '../api.js';
import type { Word } from '../common/shell/argv.js';

export type { Word };

/** What a file is, as the frontend decided from its name, path and content. */
export type FileKind =
  | 'package.json' | 'pm2' | 'npmrc' | 'yarnrc' | 'yarnrc.yml' | 'dotenv' | 'dockerfile'
  | 'compose' | 'kubernetes' | 'github-actions' | 'gitlab-ci' | 'yaml' | 'script';

/** Where something was written, for messages: `the "dev" script`, `ENV`, `service "api"`. */
interface Located {
  start: number;
  end: number;
  where: string;
  /** Edits that take it out and leave the file valid; absent when there are none. */
  removal?: TextEdit[];
}

/** `NAME=value` for the processes a file starts, in any of its forms. */
export interface EnvAssignment extends Located {
  name: string;
  /** Undefined when the file sets it without a value tlslint can know. */
  value: Word | undefined;
}

/** A tool's setting: `strict-ssl=false`, `enableStrictSsl: false`, `git config http.sslVerify false`. */
export interface ToolSetting extends Located {
  tool: 'npm' | 'yarn' | 'git' | 'pip';
  key: string;
  value: Word;
  /** Edits putting `text` in the setting's place (a .npmrc line), when the format allows it. */
  replaceWith?(text: string): TextEdit[];
}

/** A command-line switch that turns a tool's certificate checks off: `curl -k`, `wget --no-check-certificate`, `pip --trusted-host`. */
export interface ToolSwitch extends Located {
  tool: 'curl' | 'wget' | 'pip';
  flag: string;
}

/** A Node flag: on `node`'s command line, in NODE_OPTIONS or in pm2's node_args. */
export interface NodeFlag extends Located {
  flag: string;
  /** `=value` or the next word. */
  value?: Word;
  /** `NODE_OPTIONS`, `node's command line`, `node_args`. */
  via: string;
}

export interface FilesModel {
  kind: FileKind;
  env: readonly EnvAssignment[];
  settings: readonly ToolSetting[];
  switches: readonly ToolSwitch[];
  nodeFlags: readonly NodeFlag[];
}

export interface FilesRuleContext<M extends string = string> {
  readonly fileName: string;
  readonly text: string;
  readonly model: FilesModel;
  report(descriptor: ReportDescriptor<M>): void;
}

export type FilesPart<M extends string = string> = RulePart<FilesRuleContext<M>>;

/** A removal as a fix, when there is one. */
export function removalFix(item: { removal?: TextEdit[] }, title: string, kind: Fix['kind'] = 'suggestion'): Fix | undefined {
  return item.removal && item.removal.length > 0 ? { title, kind, edits: item.removal } : undefined;
}
