// Copies text to the clipboard. The async Clipboard API needs a permission that Electron's
// locked-down session refuses, so fall back to the older copy command on a hidden text area,
// which needs none inside a user gesture.

export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // The async clipboard is refused without focus or permission: the old way still works there.
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    try {
      return document.execCommand('copy');
    } finally {
      area.remove();
    }
  }
}
