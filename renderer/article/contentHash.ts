// A stable fingerprint of an article's canonical text: duplicate detection and highlight
// re-anchoring compare it. SHA-256 through Web Crypto (present in browsers and in Node).

export async function contentHash(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
