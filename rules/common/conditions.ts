// Several conditions a finding holds under (a conditional spread, a branch of the value), as one,
// and how a message says them: a condition on the user's explicit choice ("--insecure",
// `config.verifyTls`) is named as the opt-in it is.

/** The conditions that are set, joined: "when a is truthy and when b is falsy"; undefined when none is. */
export function joinConditions(...conditions: (string | undefined)[]): string | undefined {
  const parts = conditions.filter((c): c is string => !!c);
  return parts.length ? parts.join(' and ') : undefined;
}

/** The longest condition a message shows: a Problems panel shows about 100 characters in all. */
const MAX = 56;

/**
 * " (when a is truthy and b is falsy)" for messages, or "": each condition once, "when" said once,
 * and the conditions past the length a message can spare given way to "…".
 */
export function conditionsSuffix(...conditions: (string | undefined)[]): string {
  const parts = [...new Set(conditions.filter((c): c is string => !!c).flatMap((c) => c.split(/ and (?=when )/)))].map(describeCondition);
  if (parts.length === 0) return '';
  let text = parts[0];
  for (const p of parts.slice(1)) {
    const next = `${text} and ${p.replace(/^when /, '')}`;
    if (next.length > MAX) {
      text += ' and …';
      break;
    }
    text = next;
  }
  return ` (${text})`;
}

/** Names of settings that ask for less verification: `insecure`, `--insecure`, `allowSelfSigned`, `skipTlsVerify`. */
const ASKS_FOR_LESS = /insecure|unsafe|no_?-?verify|skip_?-?(tls|ssl|cert|verif)|ignore_?-?(tls|ssl|cert|https)|allow_?-?(self_?-?signed|invalid|untrusted|unauthori[sz]ed)|disable_?-?(tls|ssl|cert|verif)|trust_?-?all|accept_?-?(any|all|invalid|self)/i;
/** Names of settings that ask for verification: `verifyTls`, `strictSSL`, `rejectUnauthorized`, `checkCertificates`. */
const ASKS_FOR_CHECKS = /verify|strict|reject_?-?unauthori[sz]ed|check_?-?(cert|ssl|tls)|validate_?-?(cert|ssl|tls)/i;

/** Whether a setting's name asks for less verification: `insecure`, `--insecure`, `allowSelfSigned`. */
export function asksForLess(name: string): boolean {
  return ASKS_FOR_LESS.test(name);
}

/** A "when x is truthy" part that tests an explicit opt-in, said as one. */
function describeCondition(part: string): string {
  // "when --insecure is passed" (a command-line flag tested): as "is truthy".
  const m = /^when (.+) is (truthy|falsy|passed|not passed)$/s.exec(part);
  if (!m) return part;
  const negated = m[1].startsWith('!');
  const expr = negated ? m[1].slice(1) : m[1];
  const truthy = (m[2] === 'truthy' || m[2] === 'passed') !== negated;
  if (truthy && ASKS_FOR_LESS.test(expr)) return `only on the explicit opt-in ${expr}`;
  if (!truthy && ASKS_FOR_CHECKS.test(expr) && !ASKS_FOR_LESS.test(expr)) return `only when ${expr} is off, an explicit opt-out`;
  return part;
}

/** Names of the deployment (`NODE_ENV`, `APP_ENV`, `ENVIRONMENT`, `STAGE`), not a switch of their own. */
const DEPLOYMENT = /(^|_)(ENV|ENVIRONMENT|STAGE)$/i;

/** Whether a variable names the deployment: comparing it with a string is true in one deployment only. */
export function namesDeployment(name: string): boolean {
  return DEPLOYMENT.test(name);
}

/** One part of a condition: "when key is 'mailhog'" is subject `key`, value `'mailhog'`. */
interface Part {
  subject: string;
  not: boolean;
  value: string;
}

function partsOf(condition: string): Part[] | undefined {
  const out: Part[] = [];
  for (const text of condition.split(/ and (?=when )/)) {
    const m = /^when (.+?) is (not )?(.+)$/s.exec(text);
    // A shortened part ("…") may name another subject or value: nothing is read from it.
    if (!m || text.includes('…')) return undefined;
    out.push({ subject: m[1], not: !!m[2], value: m[3] });
  }
  return out;
}

const OPPOSITES: Record<string, string> = { truthy: 'falsy', falsy: 'truthy', 'null or undefined': 'set', set: 'null or undefined' };

/** The literal a condition quotes (a string in either quotes, or a number), as one text; undefined for anything else. */
function literalOf(value: string): string | undefined {
  if (/^-?\d+(?:\.\d+)?$/.test(value)) return `n:${Number(value)}`;
  const m = /^(['"])((?:(?!\1)[^\\]|\\.)*)\1$/.exec(value);
  return m ? `s:${m[2].replace(/\\(.)/g, '$1')}` : undefined;
}

/** Whether two parts are of one subject and say two values it cannot have at once. */
function partsContradict(a: Part, b: Part): boolean {
  if (a.subject !== b.subject) return false;
  const [la, lb] = [literalOf(a.value), literalOf(b.value)];
  const same = la !== undefined && lb !== undefined ? la === lb : a.value === b.value;
  if (a.not !== b.not) return same;
  if (a.not) return false;
  return OPPOSITES[a.value] === b.value || (la !== undefined && lb !== undefined && la !== lb);
}

/** Whether part `p` holds whenever `k` does: the same, or "key is not 'a'" given "key is 'b'". */
function partFollows(p: Part, k: Part): boolean {
  if (k.subject !== p.subject) return false;
  const [lp, lk] = [literalOf(p.value), literalOf(k.value)];
  if (k.not === p.not) return lp !== undefined && lk !== undefined ? lp === lk : p.value === k.value;
  return p.not && lp !== undefined && lk !== undefined && lp !== lk;
}

/**
 * Whether two conditions (as values' branches say them) cannot hold together: "when key is
 * 'mailhog'" and "when key is 'sendgrid'" or "when key is not 'mailhog'"; "when x is truthy" and
 * "when x is falsy". Only the same text of the same subject is compared: false when unsure.
 */
export function contradicts(a: string | undefined, b: string | undefined): boolean {
  const pa = a ? partsOf(a) : undefined;
  const pb = b ? partsOf(b) : undefined;
  return !!pa && !!pb && pa.some((x) => pb.some((y) => partsContradict(x, y)));
}

/** Whether `condition` holds whenever all of `given` do: each of its parts follows from one of theirs. */
export function impliedBy(condition: string, given: readonly string[]): boolean {
  const parts = partsOf(condition);
  const known = given.flatMap((g) => partsOf(g) ?? []);
  return !!parts && parts.every((p) => known.some((k) => partFollows(p, k)));
}
