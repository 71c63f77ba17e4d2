// Making images local: fetched or inline raster images become stored Blobs, everything else
// is left out, the count is capped, and no block keeps a remote address.

import { describe, expect, it, vi } from 'vitest';
import { err, ok } from '../../electron/common/result';
import type { Block } from '../article/types';
import { dataUrlBytes, localizeImages } from './images';

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
const png64 = btoa(String.fromCharCode(...PNG));
const image = (src: string, alt = ''): Block => ({ kind: 'image', src, alt, text: '' });
const paragraph: Block = { kind: 'paragraph', text: 'نص' };

describe('localizeImages', () => {
  it('stores fetched and inline raster images and points the blocks at them', async () => {
    const fetchImage = vi.fn(async (url: string) => ok({ url, contentType: 'image/png', bytes: PNG }));
    const result = await localizeImages(
      [paragraph, image('https://example.org/a.png', 'أ'), image(`data:image/png;base64,${png64}`, 'ب')],
      { fetchImage },
    );
    expect(result.images).toHaveLength(2);
    expect(result.skipped).toBe(0);
    expect(result.blocks.map((block) => (block.kind === 'image' ? block.src.split(':')[0] : block.kind))).toEqual([
      'paragraph',
      'hamish-image',
      'hamish-image',
    ]);
    expect(result.images[0]!.blob.type).toBe('image/png');
    expect(result.images.map((stored) => stored.sourceUrl)).toEqual(['https://example.org/a.png', null]);
  });

  it('leaves out what is not an image, what failed, and remote images when nothing may be fetched', async () => {
    const fetchImage = vi.fn(async (url: string) =>
      url.endsWith('svg')
        ? ok({ url, contentType: 'image/svg+xml', bytes: new TextEncoder().encode('<svg onload="x()"/>') })
        : err('unreachable' as const),
    );
    const blocks = [
      image('https://example.org/a.svg'),
      image('https://example.org/gone.png'),
      image('data:image/png;base64,AAAA'),
    ];
    expect(await localizeImages(blocks, { fetchImage })).toMatchObject({ blocks: [], images: [], skipped: 3 });
    const offline = await localizeImages([image('https://example.org/a.png')], { fetchImage: null });
    expect(offline).toMatchObject({ blocks: [], images: [], skipped: 1 });
    // A caption outlives its image, as a paragraph.
    const captioned = await localizeImages([{ ...image('https://example.org/a.png'), text: 'تعليق', dir: 'rtl' }], {
      fetchImage: null,
    });
    expect(captioned.blocks).toEqual([{ kind: 'paragraph', text: 'تعليق', dir: 'rtl' }]);
  });

  it('fetches each address once and at most the image limit', async () => {
    const fetchImage = vi.fn(async (url: string) => ok({ url, contentType: 'image/png', bytes: PNG }));
    const blocks = [
      ...Array.from({ length: 5 }, (_, i) => image(`https://example.org/${i}.png`)),
      image('https://example.org/0.png'),
    ];
    const result = await localizeImages(blocks, { fetchImage, maxImages: 3 });
    expect(fetchImage).toHaveBeenCalledTimes(3);
    expect(result.images).toHaveLength(3);
    expect(result.blocks).toHaveLength(4);
    expect(result.skipped).toBe(2);
  });

  it('reports progress and stops when cancelled', async () => {
    const controller = new AbortController();
    const progress: [number, number][] = [];
    const fetchImage = vi.fn(async (url: string) => {
      controller.abort();
      return ok({ url, contentType: 'image/png', bytes: PNG });
    });
    await localizeImages([image('https://example.org/1.png'), image('https://example.org/2.png')], {
      fetchImage,
      signal: controller.signal,
      concurrency: 1,
      onProgress: (done, total) => progress.push([done, total]),
    });
    expect(fetchImage).toHaveBeenCalledTimes(1);
    expect(progress).toEqual([
      [0, 2],
      [1, 2],
    ]);
  });

  it('decodes base64 data addresses', () => {
    expect(dataUrlBytes(`data:image/png;base64,${png64}`)).toEqual(PNG);
    expect(dataUrlBytes('data:image/png,plain')).toBeNull();
  });
});
