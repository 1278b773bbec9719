// Where an HTTP request goes, when the file says: a request to this machine
// (`requests.get("https://localhost:8443/x", verify=False)`, `httpx.get(f"http://127.0.0.1:{port}/")`)
// skips the certificate checks of a local server only, reported one level lower, as in JavaScript.
import { isLoopbackHost } from '../common/loopback.js';
import type { PyCall, PyValue, StringPart } from './api.js';
import { urlParts } from '../common/urls.js';

/** The URL's position among the positional arguments, by the verb called (`request(method, url)`). */
const URL_POSITION: Readonly<Record<string, number>> = { get: 0, post: 0, put: 0, patch: 0, delete: 0, head: 0, options: 0, ws_connect: 0, request: 1, stream: 1 };

/** The host of this machine every URL the request may go to names (`localhost`, `127.0.0.1`), or undefined. */
export function localRequestHost(call: PyCall): string | undefined {
  const verb = call.method ?? call.name?.split('.').at(-1);
  const position = verb === undefined ? undefined : URL_POSITION[verb];
  if (position === undefined) return undefined;
  const url = call.argument('url', position) ?? (verb === 'request' || verb === 'stream' ? call.argument('url') : undefined);
  if (!url) return undefined;
  const hosts = urlTexts(url.value).map(hostOfUrl);
  if (hosts.length === 0 || hosts.some((h) => h === undefined || !isLoopbackHost(h))) return undefined;
  return hosts[0];
}

/** Each text the value may be, with a NUL for a part the file does not say; empty when one is not a string. */
function urlTexts(v: PyValue, depth = 0): string[] {
  if (v.kind === 'literal') return typeof v.value === 'string' && !v.bytes ? [v.value] : [];
  if (v.kind === 'string') return [v.parts.map((p: StringPart) => (typeof p === 'string' ? p : '\0')).join('')];
  if (v.kind === 'either' && depth < 4) {
    const all = v.branches.map((b) => urlTexts(b.value, depth + 1));
    return all.some((t) => t.length === 0) ? [] : all.flat();
  }
  return [];
}

/** The host of an `http://` or `https://` URL whose scheme and host are written out; undefined otherwise. */
function hostOfUrl(text: string): string | undefined {
  const url = urlParts(text);
  return url && /^https?:$/i.test(url.scheme) && url.host && !url.host.includes('\0') ? url.host : undefined;
}
