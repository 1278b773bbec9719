// Whether a connection target stays on this machine: plaintext there is not on a network.
import { isIpLiteral } from '../js/strings.js';

/**
 * A host that is this machine: localhost (and *.localhost, RFC 6761), 127.0.0.0/8, ::1, and
 * 0.0.0.0 / :: (which a client connecting to them reaches on the local host).
 */
export function isLoopbackHost(host: string): boolean {
  const h = (host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host).toLowerCase();
  if (h === 'localhost' || h.endsWith('.localhost')) return true;
  if (/^127(\.\d{1,3}){3}$/.test(h) && isIpLiteral(h)) return true;
  if (h === '0.0.0.0' || h === '::' || h === '::1') return true;
  return /^(0{1,4}:){7}0{0,3}1$/.test(h) || /^::ffff:127(\.\d{1,3}){3}$/.test(h);
}

/**
 * A gRPC target (grpc naming: `host:port`, `dns:[//authority/]host:port`, `ipv4:a:p,b:p`,
 * `ipv6:[a]:p`, `unix:path`, `unix-abstract:name`) that only reaches this machine.
 */
export function isLocalGrpcTarget(target: string): boolean {
  const t = target.trim();
  if (/^unix(-abstract)?:/i.test(t)) return true;
  const ip = /^ipv[46]:(.*)$/i.exec(t);
  if (ip) return ip[1].split(',').every((a) => isLoopbackHost(hostOf(a.trim())));
  const dns = /^dns:(\/\/[^/]*\/)?(.*)$/i.exec(t);
  return isLoopbackHost(hostOf(dns ? dns[2] : t));
}

/** A gRPC target that names another machine: not empty (`process.env.TARGET ?? ''` names none) and not local. */
export function isRemoteGrpcTarget(target: string): boolean {
  return target.trim() !== '' && !isLocalGrpcTarget(target);
}

/** The host of `host`, `host:port`, `[v6]:port` or a bare IPv6 address. */
export function hostOf(address: string): string {
  if (address.startsWith('[')) {
    const close = address.indexOf(']');
    return close > 0 ? address.slice(0, close + 1) : address;
  }
  const colons = address.split(':').length - 1;
  return colons === 1 ? address.slice(0, address.indexOf(':')) : address;
}
