// How an image block points at an image stored in the database: `hamish-image:<id>`. The
// reader resolves it to an object URL of the stored Blob; nothing else is ever loaded.

export const STORED_IMAGE_SCHEME = 'hamish-image:';

export function storedImageSrc(id: string): string {
  return `${STORED_IMAGE_SCHEME}${id}`;
}

/** The image id of a stored-image src, or null for anything else. */
export function storedImageId(src: string): string | null {
  return src.startsWith(STORED_IMAGE_SCHEME) && src.length > STORED_IMAGE_SCHEME.length
    ? src.slice(STORED_IMAGE_SCHEME.length)
    : null;
}
