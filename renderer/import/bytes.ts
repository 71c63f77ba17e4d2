// What a byte sequence is, from its first bytes: binary formats that sometimes travel under a
// text extension (images, archives, PDFs, executables), and the raster image types Hamish
// stores. Magic numbers only; nothing is decoded here.

const SNIFF_BYTES = 8192;

function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  if (bytes.length < offset + signature.length) return false;
  return signature.every((byte, index) => bytes[offset + index] === byte);
}

const ascii = (text: string): number[] => Array.from(text, (char) => char.charCodeAt(0));

/** File formats that are never text, by their signatures. */
const BINARY_SIGNATURES: readonly (readonly number[])[] = [
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  ascii('GIF8'),
  [0x50, 0x4b, 0x03, 0x04], // ZIP (docx, epub, …)
  [0x50, 0x4b, 0x05, 0x06], // empty ZIP
  [0x50, 0x4b, 0x07, 0x08], // spanned ZIP
  ascii('%PDF-'),
  [0x1f, 0x8b], // gzip
  [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], // 7z
  ascii('Rar!'),
  [0x7f, 0x45, 0x4c, 0x46], // ELF
  [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], // OLE (doc, xls)
  [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], // xz
  ascii('wOFF'),
  ascii('wOF2'),
];

/** True for data that is not text: a known binary signature, NUL bytes, or many control bytes. */
export function looksBinary(bytes: Uint8Array): boolean {
  if (BINARY_SIGNATURES.some((signature) => startsWith(bytes, signature))) return true;
  if (startsWith(bytes, ascii('RIFF')) || startsWith(bytes, ascii('ftyp'), 4)) return true;
  const sample = bytes.subarray(0, SNIFF_BYTES);
  let controls = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    // C0 controls other than tab, line feed, vertical tab, form feed, carriage return, escape.
    if (
      byte < 0x20 &&
      byte !== 0x09 &&
      byte !== 0x0a &&
      byte !== 0x0b &&
      byte !== 0x0c &&
      byte !== 0x0d &&
      byte !== 0x1b
    )
      controls += 1;
  }
  return controls > Math.max(2, sample.length * 0.01);
}

export type StoredImageType = 'image/png' | 'image/jpeg' | 'image/gif' | 'image/webp' | 'image/avif';

/** The raster type of an image by its signature, or null: SVG and everything else is refused. */
export function sniffImageType(bytes: Uint8Array): StoredImageType | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) return 'image/gif';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'image/webp';
  if (
    startsWith(bytes, ascii('ftyp'), 4) &&
    (startsWith(bytes, ascii('avif'), 8) || startsWith(bytes, ascii('avis'), 8))
  )
    return 'image/avif';
  return null;
}
