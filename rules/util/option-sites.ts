// Where TLS options are written, found through every evaluated option bag: sink arguments (with
// the sink's semantics), loose bags that escape to unknown code, and loose member writes.
import ts from 'typescript';
import type { Prop, RuleContext, SinkCall, Value } from '../api.js';
import { branchesOf, isLiteral, propOf, walkProps } from './values.js';
import { truthy } from './truthy.js';

export interface OptionSite {
  prop: Prop;
  /** The object holding the property; absent for a loose `x.key = v` write. */
  owner?: Value & { kind: 'object' };
  /** The sink call whose options hold it, if any. */
  sink?: SinkCall;
  /** Whether `owner` is one of the sink's TLS option objects (as opposed to some other nested object). */
  atTlsPath: boolean;
}

/** Every place one of `names` is written, in sinks, loose bags and loose writes. */
export function optionSites(ctx: RuleContext, names: ReadonlySet<string>): OptionSite[] {
  const out: OptionSite[] = [];
  for (const call of ctx.sinkCalls) {
    if (!call.options) continue;
    walkProps(call.options, ({ prop, owner }) => {
      if (names.has(prop.key)) out.push({ prop, owner, sink: call, atTlsPath: call.tlsOptions.some((t) => t.value === owner) });
    });
  }
  for (const bag of ctx.looseOptionBags) {
    walkProps(bag, ({ prop, owner }) => {
      if (names.has(prop.key)) out.push({ prop, owner, atTlsPath: false });
    });
  }
  for (const prop of ctx.looseWrites) if (names.has(prop.key)) out.push({ prop, atTlsPath: false });
  return out;
}

/**
 * Whether `rejectUnauthorized` at this site decides certificate verification (TLS-FACTS 1.1, 1.3):
 * servers only verify client certificates with requestCert; createSecureContext and TLSSocket
 * ignore it; an https.Agent that sets it wins over the request's own value.
 */
export function rejectUnauthorizedMatters(ctx: RuleContext, site: OptionSite): boolean {
  const { sink, owner } = site;
  if (sink && site.atTlsPath) {
    switch (sink.sink.role) {
      case 'server':
        return owner !== undefined && requestsClientCert(owner);
      case 'context':
      case 'tlssocket':
        return false;
    }
    if (sink.sink.agentPath && sink.options && agentDecides(ctx, sink.options, sink.sink.agentPath)) return false;
    return true;
  }
  if (owner) {
    // A loose bag that says it is a server without client certificates is provably harmless.
    const requestCert = owner.props.get('requestCert');
    if (requestCert && isLiteral(requestCert.value, false)) return false;
    const isServer = owner.props.get('isServer');
    if (isServer && isLiteral(isServer.value, true) && !requestsClientCert(owner)) return false;
  }
  return true;
}

function requestsClientCert(owner: Value & { kind: 'object' }): boolean {
  const p = owner.props.get('requestCert');
  return !!p && branchesOf(p.value).some((b) => truthy(b.value) === true);
}

function agentDecides(ctx: RuleContext, options: Value, agentPath: string[]): boolean {
  let v: Value | undefined = options;
  for (const k of agentPath) v = v ? propOf(v, k)?.value : undefined;
  if (!v || v.kind !== 'instance') return false;
  const node = v.node;
  const arg = node.arguments?.[0];
  if (!arg || ts.isSpreadElement(arg)) return false;
  const agentOptions = ctx.valueOf(arg);
  return agentOptions.kind === 'object' && agentOptions.props.has('rejectUnauthorized');
}
