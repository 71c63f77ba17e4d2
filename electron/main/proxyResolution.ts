// Reading Chromium's answer to "how would you reach this URL?" (`session.resolveProxy`): a PAC
// style list such as "DIRECT", "PROXY proxy.corp:8080; DIRECT" or "SOCKS5 10.0.0.1:1080".

/** Whether the first choice is a proxy (the request then goes through it, not straight to the site). */
export function goesThroughProxy(resolved: string): boolean {
  const first = resolved.split(';')[0]?.trim().toUpperCase() ?? '';
  return first !== '' && first !== 'DIRECT';
}

/**
 * The capture session's bypass rules: none, and `<-loopback>` takes away Chromium's implicit
 * bypass of 127.0.0.1, [::1] and localhost, which would otherwise go around the pinning proxy.
 */
export const PINNED_SESSION_PROXY = { proxyBypassRules: '<-loopback>' } as const;
