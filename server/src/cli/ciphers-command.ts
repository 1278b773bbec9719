// `tlslint ciphers '<cipher string>' [--json]`: what an OpenSSL/Node cipher string enables, in
// OpenSSL's preference order, with each suite's weaknesses and a verdict for the whole string.
import {
  assessCipherString, computeExclusions, weaknessInfo, type CipherAssessment, type SuiteAssessment, type WeaknessId,
} from '../../../rules/ciphers/weakness.js';
import type { EvaluateOptions } from '../../../rules/ciphers/evaluate.js';
import type { CipherSuite } from '../../../rules/ciphers/suites.js';

export const CIPHERS_USAGE = `Usage: tlslint ciphers '<cipher string>' [--json] [--security-level N] [--openssl3]

Shows the suites a Node \`ciphers\` option (an OpenSSL cipher string) enables, in the order
OpenSSL 3.0 prefers them, each with its weaknesses, then the TLS 1.3 suites and a verdict.
Quote the string: '!' and spaces mean something to the shell.

  --json               One JSON object instead of the table
  --security-level N   The context's security level when the string sets none (default 1, Node 20)
  --openssl3           Only suites a default OpenSSL 3.0 build (Node 18+) still has
                       (default: every suite OpenSSL ever had, so RC4-SHA shows up as asked for)
  --                   Ends options (for strings starting with '-')

Exit codes: 0 strong, acceptable or weak (tier 2 suites: a warning, as in a lint); 1 insecure
(tier 1 suites or @SECLEVEL=0), or a string Node rejects; 2 usage error.`;

const HINT = "Run 'tlslint ciphers --help' for the options.";

/** An insecure list fails, as its finding would fail a lint; so does one Node would throw on. */
function exitCodeOf(as: CipherAssessment): number {
  return as.verdict === 'insecure' || as.verdict === 'empty' ? 1 : 0;
}

const KX: Record<string, string> = { kANY: 'any' };
const AU: Record<string, string> = { aNULL: 'None', aANY: 'any' };
const ENC: Record<string, string> = {
  eNULL: 'None', AES128: 'AES', AES256: 'AES', AES128GCM: 'AESGCM', AES256GCM: 'AESGCM', AES128CCM: 'AESCCM',
  AES256CCM: 'AESCCM', AES128CCM8: 'AESCCM8', AES256CCM8: 'AESCCM8', CAMELLIA128: 'Camellia', CAMELLIA256: 'Camellia',
  ARIA128GCM: 'ARIAGCM', ARIA256GCM: 'ARIAGCM', CHACHA20POLY1305: 'CHACHA20/POLY1305',
};
const kx = (s: CipherSuite): string => KX[s.kx] ?? s.kx.slice(1);
const au = (s: CipherSuite): string => AU[s.auth] ?? s.auth.slice(1);
const enc = (s: CipherSuite): string => ENC[s.enc] ?? s.enc;

function suiteJson(a: SuiteAssessment): Record<string, unknown> {
  const s = a.suite;
  return {
    name: s.name, iana: s.iana, id: `0x${s.id.toString(16).padStart(4, '0')}`, protocol: s.protocol,
    kx: kx(s), auth: au(s), enc: enc(s), bits: s.strengthBits, algBits: s.algBits, mac: s.mac,
    weaknesses: a.weaknesses.map((w) => ({ id: w.id, tier: w.tier })),
    ...(a.level ? { level: a.level } : {}),
    enabledBy: a.origin, inOpenSSL3: s.compiledInOpenSSL3,
  };
}

function table(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]!))).join('  ').trimEnd());
}

function weaknessText(a: SuiteAssessment): string {
  if (a.weaknesses.length === 0) return '-';
  const t1 = a.weaknesses.filter((w) => w.tier === 1).map((w) => w.id);
  const t2 = a.weaknesses.filter((w) => w.tier === 2).map((w) => w.id);
  return [t1.length ? `T1 ${t1.join(' ')}` : '', t2.length ? `T2 ${t2.join(' ')}` : ''].filter(Boolean).join('; ');
}

function suiteRows(list: SuiteAssessment[]): string[] {
  const rows = [['#', 'OpenSSL name', 'IANA name', 'Proto', 'Kx', 'Au', 'Enc(bits)', 'MAC', 'Enabled by', 'Weaknesses']];
  list.forEach((a, i) => {
    const s = a.suite;
    rows.push([
      String(i + 1), s.name + (s.compiledInOpenSSL3 ? '' : ' *'), s.iana, s.protocol, kx(s), au(s),
      `${enc(s)}(${s.strengthBits})`, s.mac, a.origin?.text ?? '(default)', weaknessText(a),
    ]);
  });
  return table(rows).map((l) => `  ${l}`);
}

const isTier1 = (w: WeaknessId): boolean => weaknessInfo(w).tier === 1;

function tierWeaknesses(as: CipherAssessment, level: 'insecure' | 'weak' | 'info', tier: 1 | 2): string[] {
  return as.findings
    .filter((f) => f.level === level)
    .map((f) => ({ f, ws: f.weaknesses.filter((w) => isTier1(w) === (tier === 1)) }))
    .filter(({ ws }) => ws.length > 0)
    .map(({ f, ws }) => `'${f.element.text}' enables ${ws.join(', ')}`);
}

function verdictText(as: CipherAssessment): string[] {
  const ev = as.evaluation;
  const lvl = ev.effectiveSecurityLevel;
  const dormant = (level: 'weak' | 'info'): string[] => {
    const t1 = tierWeaknesses(as, level, 1);
    return t1.length === 0 ? [] : [`  not counted: ${t1.join('; ')}, but OpenSSL 3 lacks those suites or refuses them at security level ${lvl}`];
  };
  switch (as.verdict) {
    case 'empty': {
      const e = ev.error;
      return [`Verdict: empty: Node/OpenSSL reject this string (${e?.code}: ${e?.message}${e?.element ? ` at '${e.element.text}'` : ''})`];
    }
    case 'insecure': {
      const why = as.securityLevelZero ? ["@SECLEVEL=0 turns off OpenSSL's security checks (anonymous, NULL and short-key suites become negotiable)"] : [];
      why.push(...tierWeaknesses(as, 'insecure', 1));
      const t2 = [...tierWeaknesses(as, 'insecure', 2), ...tierWeaknesses(as, 'weak', 2)];
      return [`Verdict: insecure (tier 1): ${why.join('; ')}`, ...(t2.length ? [`  also tier 2: ${t2.join('; ')}`] : [])];
    }
    case 'weak':
      return [`Verdict: weak (tier 2): ${tierWeaknesses(as, 'weak', 2).join('; ')}`, ...dormant('weak')];
    case 'acceptable': {
      const info = tierWeaknesses(as, 'info', 2);
      return [
        "Verdict: acceptable: no more than Node's default or a HIGH:!aNULL-style string enables",
        ...(info.length ? [`  information: ${info.join('; ')}`] : []),
        ...dormant('info'),
      ];
    }
    case 'strong':
      return ['Verdict: strong: only forward-secret AEAD suites'];
  }
}

function render(as: CipherAssessment, opts: EvaluateOptions): string {
  const ev = as.evaluation;
  const t12 = as.suites.filter((s) => s.list === 'tls12');
  const t13 = as.suites.filter((s) => s.list === 'tls13');
  const out: string[] = [`Cipher string: ${ev.input === '' ? "'' (Node uses tls.DEFAULT_CIPHERS)" : ev.input}`, ''];
  out.push(`TLS 1.2 and below: ${t12.length} suite${t12.length === 1 ? '' : 's'}, in OpenSSL's preference order`);
  if (t12.length > 0) out.push(...suiteRows(t12));
  else out.push(ev.tls13Only ? '  (none: Node makes this context TLS 1.3-only)' : '  (none)');
  out.push('', `TLS 1.3: ${ev.tls13Source === 'default' ? "OpenSSL's default list" : 'from the TLS_ elements'}`);
  out.push(...(t13.length > 0 ? suiteRows(t13) : ['  (none)']));
  out.push('');
  out.push(ev.securityLevel !== undefined ? `Security level: ${ev.securityLevel} (set by the string)` : `Security level: not set by the string (context level ${ev.effectiveSecurityLevel})`);
  if (ev.usesDefault) out.push(`DEFAULT expands to OpenSSL's ALL:!COMPLEMENTOFDEFAULT:!eNULL`);
  const o3 = ev.onOpenSSL3;
  if (t12.some((a) => !a.suite.compiledInOpenSSL3) || t13.some((a) => !a.suite.compiledInOpenSSL3)) {
    out.push(`* not in OpenSSL 3.0 (Node 18+): silently dropped there; ${o3.error ? `this string then throws ${o3.error.code}` : `${o3.tls12.length} TLS 1.2 suite(s) remain`}`);
  }
  out.push(...verdictText(as));
  if (as.securityLevelZero) out.push(`Remove '${as.securityLevelZero.text}': level 0 lets OpenSSL negotiate anonymous and NULL suites`);
  if (!ev.error && ['insecure', 'weak'].includes(as.verdict)) {
    const fix = computeExclusions(ev, undefined, { maxTier: as.verdict === 'insecure' ? 1 : 2, evaluate: opts });
    if (fix.exclusions.length > 0 && fix.verified) out.push(`To drop the tier-${as.verdict === 'insecure' ? '1' : '1/2'} suites, append: ${fix.exclusions.join(':')}`);
  }
  return out.join('\n');
}

/** Runs the command: the report goes to `write`, usage errors to `writeError`. */
export function runCiphersCommand(args: string[], write: (text: string) => void, writeError: (text: string) => void = write): number {
  let json = false, openssl3 = false, level: number | undefined;
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--') { positional.push(...args.slice(i + 1)); break; }
    if (a === '--json') json = true;
    else if (a === '--openssl3') openssl3 = true;
    else if (a === '-h' || a === '--help') { write(CIPHERS_USAGE); return 0; }
    else if (a === '--security-level' || a.startsWith('--security-level=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : args[++i];
      if (v === undefined || !/^[0-5]$/.test(v)) { writeError(`tlslint ciphers: --security-level takes 0 to 5\n${HINT}`); return 2; }
      level = Number(v);
    } else if (a.startsWith('--')) { writeError(`tlslint ciphers: unknown option ${a}\n${HINT}`); return 2; }
    else positional.push(a);
  }
  if (positional.length !== 1) {
    writeError(`tlslint ciphers: ${positional.length === 0 ? 'missing the cipher string' : 'expected one cipher string (quote it)'}\n${HINT}`);
    return 2;
  }
  const opts: EvaluateOptions = { compiledOnly: openssl3, ...(level !== undefined ? { securityLevel: level } : {}) };
  const as = assessCipherString(positional[0]!, opts);
  if (!json) { write(render(as, opts)); return exitCodeOf(as); }
  const ev = as.evaluation;
  write(JSON.stringify({
    input: ev.input,
    suites: as.suites.filter((s) => s.list === 'tls12').map(suiteJson),
    tls13: as.suites.filter((s) => s.list === 'tls13').map(suiteJson),
    securityLevel: ev.securityLevel ?? null,
    effectiveSecurityLevel: ev.effectiveSecurityLevel,
    verdict: as.verdict,
    findings: as.findings,
    error: ev.error ?? null,
    onOpenSSL3: { suites: ev.onOpenSSL3.tls12.map((e) => e.suite.name), error: ev.onOpenSSL3.error ?? null },
  }, null, 2));
  return exitCodeOf(as);
}
