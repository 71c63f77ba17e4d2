// Resolves a host once and judges every address it has, for one connection. The addresses that
// passed are the ones to connect to ("pinned"), in the resolver's order: resolving again to
// connect would let a name answer with a public address for the check and a private one for the
// connection (DNS rebinding). One private address among several public ones refuses the host,
// since which one a connection would use is not ours to choose.

import { lookup as dnsLookup } from 'node:dns/promises';
import { err, ok, type Result } from '../common/result';
import type { HopGuard } from './fetchPage';
import { canonicalHost, classifyAddress, isIpAddress, type AddressKind } from './addressPolicy';

export interface ResolvedAddress {
  readonly address: string;
  readonly family: 4 | 6;
}

export type Lookup = (hostname: string) => Promise<readonly ResolvedAddress[]>;

/** The system resolver (getaddrinfo: /etc/hosts, the OS's DNS), every address it gives. */
export const systemLookup: Lookup = async (hostname) =>
  (await dnsLookup(hostname, { all: true, verbatim: true })).map(({ address, family }) => ({
    address,
    family: family === 6 ? 6 : 4,
  }));

/** How an address is judged; tests wrap the real one to let their own public stand-in through. */
export type Classify = (address: string, port: number) => AddressKind;
export const classifyByAddress: Classify = (address) => classifyAddress(address);

export type GuardError = 'private-address' | 'unresolvable';

export interface HostGuardOptions {
  readonly lookup: Lookup;
  readonly classify: Classify;
}

/**
 * The addresses to connect to for `host:port` (every one judged; try them in this order), or why
 * there are none. `allowPrivate` is true only for a host the user typed and confirmed. The
 * detail names the host and the refused address.
 */
export async function guardHost(
  host: string,
  port: number,
  allowPrivate: boolean,
  options: HostGuardOptions,
): Promise<Result<readonly ResolvedAddress[], GuardError>> {
  const name = canonicalHost(host);
  let addresses: readonly ResolvedAddress[];
  if (isIpAddress(name)) {
    addresses = [{ address: name, family: name.includes(':') ? 6 : 4 }];
  } else {
    try {
      addresses = await options.lookup(name);
    } catch (error) {
      return err('unresolvable', `${name}: ${(error as { code?: string }).code ?? String(error)}`);
    }
  }
  if (addresses.length === 0) return err('unresolvable', name);
  for (const { address } of addresses) {
    const kind = options.classify(address, port);
    if (kind === 'public') continue;
    if (allowPrivate && kind !== 'multicast' && kind !== 'special') continue;
    return err('private-address', name === address ? `${name} (${kind})` : `${name} → ${address} (${kind})`);
  }
  return ok(addresses);
}

function defaultPort(url: URL): number {
  return url.port !== '' ? Number(url.port) : url.protocol === 'https:' ? 443 : 80;
}

/**
 * The hop guard fetchPage.ts asks before each request. A name this machine cannot resolve is let
 * through to the connection, where the pinning proxy (or the system's proxy) decides; a refusal
 * at connection time is explained by `refusalFor` (the pinning proxy's record).
 */
export function createHopGuard(options: HostGuardOptions, refusalFor: (host: string) => string | undefined): HopGuard {
  return {
    async check(url, allowPrivate) {
      const verdict = await guardHost(url.hostname, defaultPort(url), allowPrivate, options);
      if (verdict.ok || verdict.error === 'unresolvable') return ok(null);
      return err('private-address', verdict.detail);
    },
    refusalFor: (url) => refusalFor(url.hostname),
  };
}
