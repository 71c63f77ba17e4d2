import { describe, expect, it } from 'vitest';
import { toBase64, utf8 } from '../crypto/bytes';
import { encrypt } from '../crypto/cipher';
import { documentId, keysFromMaster } from '../crypto/keys';
import { CHUNK_BYTES, decodePart, encodePart, INLINE_LIMIT, UnreadableDocumentError, type DecodedPart } from './partCodec';

const randomKeys = async () => (await keysFromMaster(crypto.getRandomValues(new Uint8Array(32)))).keys;

const note: DecodedPart = {
  table: 'notes',
  key: 'note-5d1f0c2e',
  part: 'row',
  updatedAt: 1_700_000_000_000,
  fields: { id: 'note-5d1f0c2e', articleId: 'article-93b7e4aa', highlightId: null, text: 'هذه ملاحظة على الهامش', deletedAt: null },
  binary: null,
};

describe('part documents', () => {
  it('round-trips a note, and the document holds none of its text, table or id', async () => {
    const keys = await randomKeys();
    const doc = await encodePart(keys, note);
    expect(doc._id).toBe(await documentId(keys, 'notes', 'note-5d1f0c2e', 'row'));
    // (Names long enough that base64 ciphertext cannot contain them by chance.)
    const stored = JSON.stringify(doc);
    for (const secret of ['ملاحظة', 'note-5d1f0c2e', 'article-93b7e4aa', '"notes"']) expect(stored).not.toContain(secret);
    expect(Object.keys(doc).sort()).toEqual(['_id', 'c', 'v']);
    expect(await decodePart(keys, doc)).toEqual(note);
  });

  it('deflates bodies and keeps large payloads in attachments of at most 512 KiB', async () => {
    const keys = await randomKeys();
    const paragraph = 'كان يا ما كان في قديم الزمان وسالف العصر والأوان. ';
    const body: DecodedPart = {
      table: 'bodies',
      key: 'a1',
      part: 'row',
      updatedAt: 5,
      fields: { articleId: 'a1', doc: { extractionVersion: 1, lang: 'ar', dir: 'rtl', blocks: [{ kind: 'paragraph', text: paragraph.repeat(400) }] } },
      binary: null,
    };
    const small = await encodePart(keys, body);
    expect(typeof small.c).toBe('string');
    expect((small.c as string).length).toBeLessThan(paragraph.length * 400);
    expect(await decodePart(keys, small)).toEqual(body);

    // An image does not compress: 1.2 MB of random bytes become three attachments.
    const bytes = crypto.getRandomValues(new Uint8Array(60_000));
    const image = new Uint8Array(1_200_000);
    for (let start = 0; start < image.length; start += bytes.length) image.set(bytes.subarray(0, image.length - start), start);
    const picture: DecodedPart = {
      table: 'images',
      key: 'img-1',
      part: 'row',
      updatedAt: 9,
      fields: { id: 'img-1', articleId: 'a1', sourceUrl: null, createdAt: 9, blobType: 'image/png' },
      binary: image,
    };
    const large = await encodePart(keys, picture);
    expect(large.c).toBeUndefined();
    expect(large.n).toBe(3);
    const chunks = Object.values(large._attachments ?? {});
    expect(chunks).toHaveLength(3);
    for (const chunk of chunks) expect(chunk.data!.size).toBeLessThanOrEqual(CHUNK_BYTES);
    const decoded = await decodePart(keys, large);
    expect({ ...decoded, binary: null }).toEqual({ ...picture, binary: null });
    // Compared as one string: an element-wise comparison of 1.2 million bytes is slow.
    expect(toBase64(decoded.binary!)).toBe(toBase64(image));
    expect(INLINE_LIMIT).toBeLessThan(CHUNK_BYTES);
  });

  it('refuses a document of another key, moved to another id, tampered with, or malformed', async () => {
    const keys = await randomKeys();
    const doc = await encodePart(keys, note);
    await expect(decodePart(await randomKeys(), doc)).rejects.toThrow();
    await expect(decodePart(keys, { ...doc, _id: 'h0000' })).rejects.toThrow();
    await expect(decodePart(keys, { ...doc, c: 'not base64 at all!' })).rejects.toBeInstanceOf(UnreadableDocumentError);
    await expect(decodePart(keys, { ...doc, v: 2 })).rejects.toBeInstanceOf(UnreadableDocumentError);
    await expect(decodePart(keys, { _id: doc._id, v: 1 })).rejects.toBeInstanceOf(UnreadableDocumentError);
    await expect(decodePart(keys, { _id: doc._id, v: 1, n: 10_000 })).rejects.toBeInstanceOf(UnreadableDocumentError);
    await expect(decodePart(keys, { _id: doc._id, v: 1, c: 'A'.repeat(INLINE_LIMIT * 2) })).rejects.toBeInstanceOf(
      UnreadableDocumentError,
    );

    // Sealed with the right key for this very id, but holding another row: refused.
    const other = await encodePart(keys, { ...note, key: 'note-other', fields: { ...note.fields, id: 'note-other' } });
    await expect(decodePart(keys, { ...other, _id: doc._id })).rejects.toThrow();

    // Sealed with the right key and id, but not a header this version understands.
    const junk = async (text: string) =>
      decodePart(keys, { _id: doc._id, v: 1, c: toBase64(await encrypt(keys.cipher, utf8.encode(text), doc._id)) });
    await expect(junk('\u0000\u0000\u0000\u0000\u0002{}')).rejects.toBeInstanceOf(UnreadableDocumentError);
    await expect(junk('\u0009')).rejects.toBeInstanceOf(UnreadableDocumentError);
    const header = JSON.stringify({ t: 'passwords', k: 'x', p: 'row', u: 1, f: {} });
    const framed = `\u0000${String.fromCharCode(0, 0, 0, header.length)}${header}`;
    await expect(junk(framed)).rejects.toBeInstanceOf(UnreadableDocumentError);
  });
});
