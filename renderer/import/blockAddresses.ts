// The addresses a block may keep: a link's (absolute http(s) or mailto) and an image's
// (absolute http(s), or an inline raster data: URL for the image stage to make local).
// pageAddresses.ts settles a page's addresses with them, htmlToBlocks.ts checks them again.

/** Addresses a link may keep: absolute http(s) and mailto. */
export function safeLinkHref(href: string | null): string | null {
  if (href === null) return null;
  try {
    const url = new URL(href.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'mailto:' ? url.href : null;
  } catch {
    return null;
  }
}

const DATA_IMAGE = /^data:image\/(?:png|jpe?g|gif|webp|avif);base64,[a-z0-9+/=\s]+$/i;

/** Image sources worth keeping for the image stage: absolute http(s), or an inline raster data: URL. */
export function safeImageSrc(src: string | null): string | null {
  if (src === null) return null;
  const trimmed = src.trim();
  if (trimmed.slice(0, 5).toLowerCase() === 'data:') return DATA_IMAGE.test(trimmed) ? trimmed : null;
  try {
    const url = new URL(trimmed);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
