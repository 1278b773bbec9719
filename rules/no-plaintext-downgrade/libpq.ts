// libpq connection settings in the forms Python code writes them (T8): a keyword/value DSN
// (`host=db sslmode=disable`), a URL (`postgresql://u@db/app?sslmode=prefer`), with the offsets of
// each value in the string so findings and fixes can point into it.

export interface DsnParam {
  value: string;
  /** Offsets of the value in the string. */
  start: number;
  end: number;
}

/** The parameters of a libpq DSN or URL, by name (as written: libpq's names are case-sensitive); undefined when the text is neither. */
export function libpqParams(text: string): Map<string, DsnParam> | undefined {
  const url = /^(postgres(?:ql)?(?:\+\w+)?):\/\//i.exec(text);
  return url ? urlParams(text, url[0].length) : keywordParams(text);
}

function keywordParams(text: string): Map<string, DsnParam> | undefined {
  const out = new Map<string, DsnParam>();
  const re = /(\w+)\s*=\s*('(?:[^'\\]|\\.)*'|[^\s']*)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const quoted = m[2].startsWith("'");
    const start = m.index + m[0].length - m[2].length + (quoted ? 1 : 0);
    const value = quoted ? m[2].slice(1, -1) : m[2];
    out.set(m[1], { value, start, end: start + value.length });
  }
  return out.size > 0 && out.has('sslmode') ? out : out.size > 0 && /\b(host|dbname|user)=/.test(text) ? out : undefined;
}

function urlParams(text: string, at: number): Map<string, DsnParam> {
  const out = new Map<string, DsnParam>();
  const q = text.indexOf('?', at);
  const authority = text.slice(at, q < 0 ? undefined : q).split('/')[0];
  const hostPart = authority.slice(authority.lastIndexOf('@') + 1);
  const hostStart = at + authority.length - hostPart.length;
  const host = hostPart.startsWith('[') ? hostPart.slice(0, hostPart.indexOf(']') + 1) : hostPart.split(':')[0];
  // Several hosts (`h1:5432,h2:5432`) are one list for the remote test.
  const hosts = hostPart.split(',').map((h) => (h.startsWith('[') ? h.slice(0, h.indexOf(']') + 1) : h.split(':')[0])).join(',');
  if (host) out.set('host', { value: decodeURIComponent(hosts), start: hostStart, end: hostStart + host.length });
  if (q >= 0) {
    let pos = q + 1;
    for (const pair of text.slice(q + 1).split('&')) {
      const eq = pair.indexOf('=');
      if (eq > 0) out.set(pair.slice(0, eq), { value: decodeURIComponent(pair.slice(eq + 1)), start: pos + eq + 1, end: pos + pair.length });
      pos += pair.length + 1;
    }
  }
  return out;
}
