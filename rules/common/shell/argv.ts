// What a command's words mean for TLS, whatever wrote them (a shell line, a Dockerfile exec-form
// array, a Kubernetes `command:` list, an exec() string): environment set for the program it
// runs (`env`, `cross-env`), Node's own flags, npm/Yarn/git settings and the certificate switches
// of curl, wget and pip. The TLS knowledge is in rules/data/node/environment.ts.
import { CURL_SHORT_WITH_ARGUMENT, NODE_FLAGS_WITH_VALUE, NODE_PROGRAMS, NPM_LIKE } from '../../data/node/environment.js';

/** A word with its value (undefined when unknown) and where each character is. */
export interface Word {
  value: string | undefined;
  start: number;
  end: number;
  /** Offset of each character of `value` (absent when unknown or when it cannot be pointed into). */
  offsets?: number[];
  /** When `value` is unknown: the text as written, expansions and all (`--tls-keylog=${{ runner.temp }}/k`), for the parts that are known. */
  template?: string;
}

export interface ArgvEnv {
  name: string;
  value: Word;
  /** The index of the `NAME=value` word. */
  index: number;
  /** Removing it means removing the command (`set NAME=0` of cmd.exe sets nothing else). */
  command?: true;
}

export interface ArgvSetting {
  tool: 'npm' | 'yarn' | 'git' | 'pip';
  key: string;
  value: Word;
  /** The word naming the setting, when it is not the value's (`config set strict-ssl false`). */
  keyWord?: Word;
  /** The words that make the setting: removing them keeps the command (a flag); absent when only removing the whole command will do. */
  indices?: number[];
}

export interface ArgvSwitch {
  tool: 'curl' | 'wget' | 'pip';
  flag: string;
  index: number;
  /** For a cluster of short flags (`-sSLk`), the word without the switch (`-sSL`). */
  rest?: string;
  /** For pip's `--trusted-host host`, the host word too. */
  indices: number[];
}

export interface ArgvNodeFlag {
  /** The flag's name, without `=value`. */
  flag: string;
  /** The whole flag word. */
  word: Word;
  /** The value after `=`, or the next word. */
  value?: Word;
  indices: number[];
}

export interface ArgvMeaning {
  env: ArgvEnv[];
  settings: ArgvSetting[];
  switches: ArgvSwitch[];
  nodeFlags: ArgvNodeFlag[];
  /** `sh -c '…'`: the script word, to read as shell. */
  scripts: Word[];
}

const ENV_WORD = /^([A-Za-z_][A-Za-z0-9_]*)=/;
/** Programs that run the rest of their words as a command, after options of their own. */
const WRAPPERS = new Set(['exec', 'nohup', 'time', 'command', 'nice', 'npx', 'sudo', 'doas', 'xargs', 'stdbuf']);
const ENV_SETTERS = new Set(['env', 'cross-env', 'cross-env-shell']);
const SHELLS = new Set(['sh', 'bash', 'dash', 'zsh', 'ash', 'ksh']);
/** concurrently's options that take a word (`-n api,web`), which is not a command. */
const CONCURRENTLY_WITH_ARGUMENT = new Set(['-n', '--names', '-c', '--prefix-colors', '-p', '--prefix', '-k', '--kill-others-on-fail', '--max-processes', '-m', '--restart-tries', '--restart-after', '--timings', '--handle-input', '-i', '--default-input-target', '-s', '--success', '-t', '--timestamp-format', '-l', '--prefix-length']);

export function baseName(program: string): string {
  return program.slice(program.lastIndexOf('/') + 1);
}

/** The part of a word after `at` characters, with its offsets. */
export function subWord(w: Word, from: number, to = w.value?.length ?? 0): Word {
  const offsets = w.offsets?.slice(from, to);
  const start = offsets?.[0] ?? w.start;
  const end = offsets && offsets.length > 0 ? offsets[offsets.length - 1]! + 1 : start;
  return { value: w.value?.slice(from, to), start, end, ...(offsets ? { offsets } : {}) };
}

/** The meaning of one command's words (argv[0] the program). */
export function interpretArgv(argv: readonly Word[]): ArgvMeaning {
  const out: ArgvMeaning = { env: [], settings: [], switches: [], nodeFlags: [], scripts: [] };
  let i = 0;
  // Peel wrappers and environment setters: `npx cross-env A=1 env B=2 node x`.
  for (let guard = 0; i < argv.length && guard < 16; guard++) {
    const prog = baseName(argv[i]!.value ?? '');
    if (ENV_SETTERS.has(prog)) {
      i++;
      while (i < argv.length) {
        const v = argv[i]!.value;
        if (v === undefined) break;
        const m = ENV_WORD.exec(v);
        if (m) {
          out.env.push({ name: m[1]!, value: subWord(argv[i]!, m[0].length), index: i });
          i++;
        } else if (prog === 'env' && v.startsWith('-')) {
          // `env -u NAME`, `env -C dir` take a word; `-i` does not.
          i += /^-[uCS]$/.test(v) ? 2 : 1;
        } else break;
      }
    } else if (WRAPPERS.has(prog)) {
      i++;
      while (i < argv.length && (argv[i]!.value ?? '').startsWith('-')) i++;
    } else break;
  }
  const prog = baseName(argv[i]?.value ?? '');
  const rest = argv.slice(i + 1);
  const at = (k: number) => i + 1 + k;
  // cmd.exe's `set NAME=value && node x`, which npm runs on Windows (POSIX `set` takes options only).
  if (prog === 'set') rest.forEach((w, k) => {
    const m = ENV_WORD.exec(w.value ?? '');
    if (m) out.env.push({ name: m[1]!, value: subWord(w, m[0].length), index: at(k), ...(rest.length === 1 ? { command: true as const } : {}) });
  });
  else if (NODE_PROGRAMS.has(prog)) out.nodeFlags.push(...nodeFlags(rest, at));
  else if (NPM_LIKE.has(prog) || prog === 'yarn') packageManager(prog, rest, at, out);
  else if (prog === 'git') git(rest, at, out);
  else if (prog === 'curl') curl(rest, at, out);
  else if (prog === 'wget') rest.forEach((w, k) => w.value === '--no-check-certificate' && out.switches.push({ tool: 'wget', flag: w.value, index: at(k), indices: [at(k)] }));
  else if (/^pip[0-9.]*$/.test(prog) || (/^python[0-9.]*$/.test(prog) && rest[0]?.value === '-m' && /^pip[0-9.]*$/.test(rest[1]?.value ?? ''))) pip(rest, at, out);
  else if (SHELLS.has(prog)) {
    const c = rest.findIndex((w) => /^-[a-z]*c[a-z]*$/.test(w.value ?? ''));
    if (c >= 0 && rest[c + 1]) out.scripts.push(rest[c + 1]!);
  } else if (prog === 'concurrently') {
    // Each argument is a command line (`concurrently "NODE_TLS_REJECT_UNAUTHORIZED=0 next dev" "npm:api"`).
    for (let k = 0; k < rest.length; k++) {
      const v = rest[k]!.value ?? '';
      if (CONCURRENTLY_WITH_ARGUMENT.has(v)) k++;
      else if (!v.startsWith('-') && !v.startsWith('npm:')) out.scripts.push(rest[k]!);
    }
  } else if (prog === 'nodemon') {
    // `nodemon --exec "ts-node src/index.ts"` runs its argument as a command line.
    const x = rest.findIndex((w) => w.value === '--exec' || w.value === '-x');
    if (x >= 0 && rest[x + 1]) out.scripts.push(rest[x + 1]!);
  }
  return out;
}

/** Node's own flags: those before the script (or `-e`, `--`), each as `--flag=value` or `--flag value`. */
export function nodeFlags(words: readonly Word[], at: (k: number) => number = (k) => k): ArgvNodeFlag[] {
  const out: ArgvNodeFlag[] = [];
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    const v = w.value;
    if (v === undefined) continue;
    if (v === '--' || !v.startsWith('-') || v === '-e' || v === '-p' || v === '--eval' || v === '--print') break;
    const eq = v.indexOf('=');
    const flag = eq < 0 ? v : v.slice(0, eq);
    if (eq >= 0) out.push({ flag, word: w, value: subWord(w, eq + 1), indices: [at(k)] });
    else if (NODE_FLAGS_WITH_VALUE.has(flag)) {
      const next = words[k + 1];
      out.push({ flag, word: w, ...(next ? { value: next } : {}), indices: next ? [at(k), at(k + 1)] : [at(k)] });
      k++;
    } else out.push({ flag, word: w, indices: [at(k)] });
  }
  return out;
}

function packageManager(prog: string, rest: readonly Word[], at: (k: number) => number, out: ArgvMeaning): void {
  const tool = prog === 'yarn' ? 'yarn' : 'npm';
  const v = rest.map((w) => w.value);
  // `npm config set strict-ssl false`, `npm set strict-ssl=false`, `yarn config set enableStrictSsl false`.
  const set = v[0] === 'config' || v[0] === 'c' ? (v[1] === 'set' ? 2 : -1) : v[0] === 'set' && tool === 'npm' ? 1 : -1;
  if (set > 0) {
    const args = rest.slice(set).filter((w) => !(w.value ?? '').startsWith('-'));
    const key = args[0]?.value;
    if (key?.includes('=')) {
      const eq = key.indexOf('=');
      out.settings.push({ tool, key: key.slice(0, eq), value: subWord(args[0]!, eq + 1), keyWord: args[0]! });
    } else if (key && args[1]) out.settings.push({ tool, key, value: args[1], keyWord: args[0]! });
    return;
  }
  // `npm ci --strict-ssl=false`, `--strict-ssl false`, `--no-strict-ssl`: npm's setting for this run.
  for (let k = 0; k < rest.length; k++) {
    const w = rest[k]!.value;
    if (w === '--') break;
    if (w === '--no-strict-ssl') out.settings.push({ tool, key: 'strict-ssl', value: { ...rest[k]!, value: 'false', offsets: undefined }, indices: [at(k)] });
    else if (w?.startsWith('--strict-ssl=')) out.settings.push({ tool, key: 'strict-ssl', value: subWord(rest[k]!, '--strict-ssl='.length), indices: [at(k)] });
    else if (w === '--strict-ssl' && /^(true|false|\d+)$/.test(rest[k + 1]?.value ?? '')) out.settings.push({ tool, key: 'strict-ssl', value: rest[k + 1]!, indices: [at(k), at(k + 1)] });
  }
}

function git(rest: readonly Word[], at: (k: number) => number, out: ArgvMeaning): void {
  const isSslVerify = (key: string) => /^http\.(.+\.)?sslverify$/i.test(key);
  for (let k = 0; k < rest.length; k++) {
    const v = rest[k]!.value;
    // `git -c http.sslVerify=false clone …`
    if (v === '-c' && rest[k + 1]?.value) {
      const kv = rest[k + 1]!.value!;
      const eq = kv.indexOf('=');
      if (eq > 0 && isSslVerify(kv.slice(0, eq))) out.settings.push({ tool: 'git', key: kv.slice(0, eq), value: subWord(rest[k + 1]!, eq + 1), keyWord: rest[k + 1]!, indices: [at(k), at(k + 1)] });
      k++;
    } else if (v === 'config') {
      // `git config [--global] http.sslVerify false`
      const args = rest.slice(k + 1).filter((w) => !(w.value ?? '').startsWith('-'));
      if (args[0]?.value && isSslVerify(args[0].value) && args[1]) out.settings.push({ tool: 'git', key: args[0].value, value: args[1], keyWord: args[0] });
      return;
    } else if (v && !v.startsWith('-')) return;
  }
}

function curl(rest: readonly Word[], at: (k: number) => number, out: ArgvMeaning): void {
  for (let k = 0; k < rest.length; k++) {
    const v = rest[k]!.value;
    if (v === undefined) continue;
    if (v === '--') break;
    if (v === '--insecure') out.switches.push({ tool: 'curl', flag: v, index: at(k), indices: [at(k)] });
    else if (/^-[A-Za-z0-9#:]+$/.test(v)) {
      // A cluster of short options: `-k` counts until an option that takes the rest as its argument.
      for (let c = 1; c < v.length; c++) {
        const ch = v[c]!;
        if (ch === 'k') {
          // Every `k` of the cluster goes (`-sSLksSLk` repeats it), up to an option taking the rest.
          const stop = [...v].findIndex((x, i) => i > c && CURL_SHORT_WITH_ARGUMENT.has(x));
          const end = stop < 0 ? v.length : stop;
          const remaining = v.slice(0, c) + v.slice(c, end).replaceAll('k', '') + v.slice(end);
          out.switches.push({ tool: 'curl', flag: '-k', index: at(k), indices: [at(k)], ...(remaining !== '-' ? { rest: remaining } : {}) });
          break;
        }
        if (CURL_SHORT_WITH_ARGUMENT.has(ch)) {
          if (c === v.length - 1) k++;
          break;
        }
      }
    } else if (/^--[a-z-]+$/.test(v) && CURL_LONG_WITH_ARGUMENT.has(v)) k++;
  }
}

/** Long options whose argument is the next word (`-H` has `--header`), so that `--data -k` is data. */
const CURL_LONG_WITH_ARGUMENT = new Set(['--header', '--data', '--data-raw', '--data-binary', '--output', '--user', '--request', '--user-agent', '--url', '--form', '--cacert', '--cert', '--key', '--proxy', '--referer', '--cookie', '--write-out', '--config', '--max-time', '--connect-timeout', '--upload-file', '--retry']);

function pip(rest: readonly Word[], at: (k: number) => number, out: ArgvMeaning): void {
  const v = rest.map((w) => w.value);
  const configSet = v.indexOf('config');
  if (configSet >= 0 && v[configSet + 1] === 'set' && /(^|\.)trusted-host$/.test(v[configSet + 2] ?? '') && rest[configSet + 3]) {
    out.settings.push({ tool: 'pip', key: v[configSet + 2]!, value: rest[configSet + 3]!, keyWord: rest[configSet + 2]! });
    return;
  }
  for (let k = 0; k < rest.length; k++) {
    const w = v[k];
    if (w === '--trusted-host' && rest[k + 1]) out.switches.push({ tool: 'pip', flag: w, index: at(k), indices: [at(k), at(k + 1)] });
    else if (w?.startsWith('--trusted-host=')) out.switches.push({ tool: 'pip', flag: '--trusted-host', index: at(k), indices: [at(k)] });
  }
}
