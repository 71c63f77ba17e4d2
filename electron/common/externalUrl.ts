// Which parsed addresses may leave the app for the system browser: http(s) with a host and no
// embedded credentials. Takes the parts of a WHATWG URL so it needs neither DOM nor Node types.

export interface UrlParts {
  readonly protocol: string;
  readonly hostname: string;
  readonly username: string;
  readonly password: string;
}

export function isAllowedExternalUrl(url: UrlParts): boolean {
  return (
    (url.protocol === 'http:' || url.protocol === 'https:') &&
    url.hostname !== '' &&
    url.username === '' &&
    url.password === ''
  );
}
