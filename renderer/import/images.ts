// Makes an article's images local. Each image block's address (an http(s) URL of a saved page,
// or an inline data: URL) becomes a Blob kept in the database, and the block then points at it
// (`hamish-image:<id>`). The bytes must be a raster image by their signature; whatever cannot
// be fetched or is not an image is left out. After this step no block names a remote address.

import { IMPORT_LIMITS, type FetchedResource } from '../../electron/common/importLimits';
import type { Result } from '../../electron/common/result';
import type { Block } from '../article/types';
import { newId } from '../db/ids';
import { storedImageSrc } from '../images/storedImage';
import { sniffImageType } from './bytes';

export interface PreparedImage {
  readonly id: string;
  readonly blob: Blob;
  readonly sourceUrl: string | null;
}

export type ImageFetcher = (url: string) => Promise<Result<FetchedResource, string>>;

export interface LocalizeOptions {
  /** Fetches remote images; null where remote images are not fetched (files, paste). */
  readonly fetchImage: ImageFetcher | null;
  readonly signal?: AbortSignal;
  readonly onProgress?: (done: number, total: number) => void;
  readonly maxImages?: number;
  readonly concurrency?: number;
}

export interface LocalizedBlocks {
  readonly blocks: Block[];
  readonly images: PreparedImage[];
  /** Images left out: not fetched, not an image, too large, or over the count limit. */
  readonly skipped: number;
}

/** The bytes of a base64 data: URL. */
export function dataUrlBytes(url: string): Uint8Array | null {
  const comma = url.indexOf(',');
  if (comma === -1 || !/;base64$/i.test(url.slice(0, comma))) return null;
  try {
    const binary = atob(url.slice(comma + 1).replace(/\s+/g, ''));
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return null;
  }
}

function asBlob(bytes: Uint8Array): Blob | null {
  if (bytes.byteLength === 0 || bytes.byteLength > IMPORT_LIMITS.maxImageBytes) return null;
  const type = sniffImageType(bytes);
  return type === null ? null : new Blob([bytes as Uint8Array<ArrayBuffer>], { type });
}

/** Whether the browser can decode the image (a truncated or corrupt file is left out). */
async function decodes(blob: Blob): Promise<boolean> {
  if (typeof createImageBitmap !== 'function') return true;
  try {
    const bitmap = await createImageBitmap(blob);
    bitmap.close();
    return true;
  } catch {
    return false;
  }
}

export async function localizeImages(blocks: readonly Block[], options: LocalizeOptions): Promise<LocalizedBlocks> {
  const maxImages = options.maxImages ?? IMPORT_LIMITS.maxImages;
  const sources = new Set<string>();
  for (const block of blocks) if (block.kind === 'image') sources.add(block.src);
  const wanted = [...sources].slice(0, maxImages);
  const stored = new Map<string, PreparedImage>();
  let done = 0;
  options.onProgress?.(0, wanted.length);

  async function load(src: string): Promise<void> {
    if (options.signal?.aborted) return;
    let blob: Blob | null = null;
    if (src.toLowerCase().startsWith('data:')) {
      const bytes = dataUrlBytes(src);
      blob = bytes === null ? null : asBlob(bytes);
    } else if (options.fetchImage !== null) {
      const fetched = await options.fetchImage(src);
      if (fetched.ok) blob = asBlob(fetched.value.bytes);
    }
    if (blob !== null && (await decodes(blob)))
      stored.set(src, { id: newId(), blob, sourceUrl: src.startsWith('data:') ? null : src });
    done += 1;
    options.onProgress?.(done, wanted.length);
  }

  const queue = [...wanted];
  const workers = Array.from({ length: Math.min(options.concurrency ?? 4, queue.length) }, async () => {
    for (let src = queue.shift(); src !== undefined; src = queue.shift()) await load(src);
  });
  await Promise.all(workers);

  let skipped = 0;
  const out: Block[] = [];
  for (const block of blocks) {
    if (block.kind !== 'image') {
      out.push(block);
      continue;
    }
    const image = stored.get(block.src);
    if (image === undefined) {
      skipped += 1;
      // The image is gone; its caption is still text of the article.
      if (block.text.trim() !== '')
        out.push({
          kind: 'paragraph',
          text: block.text,
          ...(block.marks !== undefined ? { marks: block.marks } : {}),
          ...(block.dir !== undefined ? { dir: block.dir } : {}),
        });
      continue;
    }
    out.push({ ...block, src: storedImageSrc(image.id) });
  }
  // In the order of the document, whatever order the fetches finished in.
  const images = wanted.map((src) => stored.get(src)).filter((stored): stored is PreparedImage => stored !== undefined);
  return { blocks: out, images, skipped };
}
