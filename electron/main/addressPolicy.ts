// Which network addresses "save web page" may connect to. Pages and their images come from the
// internet; an address on this computer or the user's own network (a router's admin page, a
// cloud metadata service at 169.254.169.254, a development server) is refused unless the user
// typed that host and confirmed it. The ranges are ipaddr.js's (IANA's special-purpose
// registries); only ordinary unicast counts as the internet.

import ipaddr from 'ipaddr.js';

export type AddressKind =
  | 'public'
  | 'loopback'
  | 'private'
  | 'link-local'
  | 'unique-local'
  | 'multicast'
  /** Unspecified, broadcast, reserved, documentation, benchmarking, Teredo…: not a host on the internet. */
  | 'special';

const IPV4_KINDS: Readonly<Record<string, AddressKind>> = {
  unicast: 'public',
  as112: 'public',
  amt: 'public',
  loopback: 'loopback',
  private: 'private',
  carrierGradeNat: 'private',
  linkLocal: 'link-local',
  multicast: 'multicast',
};

const IPV6_KINDS: Readonly<Record<string, AddressKind>> = {
  unicast: 'public',
  as112v6: 'public',
  amt: 'public',
  loopback: 'loopback',
  linkLocal: 'link-local',
  uniqueLocal: 'unique-local',
  deprecatedSiteLocal: 'private',
  multicast: 'multicast',
};

/** IPv6 ranges that carry an IPv4 address in their last 32 bits (NAT64/DNS64, SIIT). */
const EMBEDS_IPV4_LOW = new Set(['rfc6052', 'rfc6145']);

function classifyIpv4(address: ipaddr.IPv4): AddressKind {
  return IPV4_KINDS[address.range()] ?? 'special';
}

/** How an IP address (v4 or v6, no brackets) is reached; anything unparsable is 'special'. */
export function classifyAddress(text: string): AddressKind {
  if (!ipaddr.isValid(text)) return 'special';
  // ipaddr.process turns an IPv4-mapped IPv6 address (::ffff:127.0.0.1) into the IPv4 one.
  const address = ipaddr.process(text);
  if (address.kind() === 'ipv4') return classifyIpv4(address as ipaddr.IPv4);
  const v6 = address as ipaddr.IPv6;
  const range = v6.range();
  const bytes = v6.toByteArray();
  // An IPv6-only network's DNS64 gives every IPv4-only site a 64:ff9b:: address: judge the IPv4 inside.
  if (EMBEDS_IPV4_LOW.has(range)) return classifyIpv4(new ipaddr.IPv4(bytes.slice(12, 16)));
  if (range === '6to4') return classifyIpv4(new ipaddr.IPv4(bytes.slice(2, 6)));
  return IPV6_KINDS[range] ?? 'special';
}

export function isIpAddress(host: string): boolean {
  return ipaddr.isValid(host);
}

/** The canonical text of an IP address (so "::0001" and "::1" are one host), or the host as it is. */
export function canonicalHost(host: string): string {
  const bare = host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
  return ipaddr.isValid(bare) ? ipaddr.process(bare).toString() : bare.toLowerCase();
}
