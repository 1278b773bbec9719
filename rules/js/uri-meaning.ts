// What a connection string's `param=value` means beside its other parameters and its host
// (rules/data/node/sinks.ts INSECURE_URI_PARAMS): shared by the readers of written strings
// (uri-params.ts) and of strings whose value fills a hole (uri-holes.ts).
import type { InsecureUriParam } from '../data/node/sink-types.js';
import { isLoopbackHost } from '../common/loopback.js';
import { HOLE } from './static-text.js';
import { isIpLiteral } from './strings.js';
import { hostOfString } from './targets.js';

/** Whether the other parameters and the host give `param=value` the meaning the table says. */
export function meaningHolds(p: InsecureUriParam, query: string, text: string): boolean {
  const has = (param: string, values?: readonly string[]) => new RegExp(`[?&]${param}=(${values ? values.map(escape).join('|') : `[^&#${HOLE}]*`})(?=&|#|${HOLE}|$)`, 'i').test(query);
  if (p.with && !p.with.every((w) => has(w.param, w.values))) return false;
  if (p.without?.some((w) => has(w))) return false;
  if (p.remoteHost) {
    const host = hostOfString(text);
    if (host === undefined || host.includes(HOLE) || isLoopbackHost(host) || !(host.includes('.') || isIpLiteral(host))) return false;
  }
  return true;
}

/** `s` as a regular expression that matches it as written. */
export function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
