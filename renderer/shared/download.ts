// Hands a file to the user through the browser's download path: a save dialog in Electron
// (its default for downloads) and the downloads folder in a browser tab.

export function downloadFile(data: Blob, name: string): void {
  const url = URL.createObjectURL(data);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Give the download a moment to start before the address goes away.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name from a title: keeps Arabic and Latin letters, digits and dashes. */
export function fileNameFor(title: string, extension: string): string {
  const stem = title
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${stem === '' ? 'hamish' : stem}.${extension}`;
}
