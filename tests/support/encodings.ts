// Test data in the encodings Hamish must read: single-byte legacy encodings from Node's own
// TextDecoder tables, and UTF-16 with a byte-order mark.

export function encodeLegacy(text: string, label: 'windows-1256' | 'iso-8859-6' | 'windows-1252'): Buffer {
  const table = new Map<string, number>();
  for (let byte = 0; byte < 256; byte += 1) {
    try {
      const char = new TextDecoder(label, { fatal: true }).decode(new Uint8Array([byte]));
      if (!table.has(char)) table.set(char, byte);
    } catch {
      // Unmapped byte.
    }
  }
  return Buffer.from(
    Array.from(text, (char) => {
      const byte = table.get(char);
      if (byte === undefined) throw new Error(`${label} cannot encode ${JSON.stringify(char)}`);
      return byte;
    }),
  );
}

export function encodeUtf16WithBom(text: string, endian: 'le' | 'be'): Buffer {
  const body = Buffer.from(text, 'utf16le');
  if (endian === 'be') body.swap16();
  return Buffer.concat([Buffer.from(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]), body]);
}

export function utf8WithBom(text: string): Buffer {
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
}
