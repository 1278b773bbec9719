// The parts of a URL written `scheme://[userinfo@]host[:port][/path][?query][#fragment]`, read the
// same way for every rule and language: the host a request goes to (`https://u@[::1]:8443/x`), a
// connection string's host (`postgres://u@db:5432/app`), the credentials of `rediss://default:pw@h`.
// Text the code does not say may stand in it as a hole (`\0`): the caller decides what a hole means.

export interface UrlParts {
  /** As written, with its colon: `rediss:`. */
  scheme: string;
  /** What comes before the `@` of the authority, when there is one. */
  userinfo?: string;
  /** The authority after the userinfo: `host[:port]`, or several hosts (`h1:27017,h2:27017`). */
  authority: string;
  /** The first host: `[::1]` with its brackets, or the name up to a port or a list separator. */
  host: string;
  /** The path, query and fragment: everything after the authority. */
  rest: string;
}

const URL = /^([a-z][a-z0-9+.-]*:)\/\/(?:([^@/?#]*)@)?([^/?#]*)([^]*)$/i;
const HOST = /^(\[[^\]]*\]|[^:,;]*)/;

/** The parts of a `scheme://…` string; undefined for any other text. */
export function urlParts(text: string): UrlParts | undefined {
  const m = URL.exec(text);
  if (!m) return undefined;
  return { scheme: m[1], ...(m[2] !== undefined ? { userinfo: m[2] } : {}), authority: m[3], host: HOST.exec(m[3])![1], rest: m[4] };
}
