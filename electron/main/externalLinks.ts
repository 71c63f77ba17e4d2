// Parses an address the renderer or a page wants opened outside, and keeps it only if it may
// go to the system browser (see common/externalUrl.ts).

import { isAllowedExternalUrl } from '../common/externalUrl';

export function parseExternalUrl(candidate: string): URL | null {
  try {
    const url = new URL(candidate);
    return isAllowedExternalUrl(url) ? url : null;
  } catch {
    return null;
  }
}
