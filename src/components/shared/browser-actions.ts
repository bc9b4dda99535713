/**
 * The browser actions every tool offers for taking work away: copy to the clipboard and save
 * as a file. Both report failure instead of throwing, so the island can say what happened.
 */

/** Copies text to the clipboard; resolves to false if the browser refused. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Older browsers, or a page without clipboard permission: fall back to a hidden textarea.
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.className = 'visually-hidden';
    document.body.append(area);
    area.select();
    try {
      // The Clipboard API needs a secure context; on plain http this old command is the only way.
      const legacy = document as unknown as { execCommand(command: 'copy'): boolean };
      return legacy.execCommand('copy');
    } catch {
      return false;
    } finally {
      area.remove();
    }
  }
}

/** Saves text as a file the reader downloads; the text is never interpreted as HTML. */
export function downloadText(filename: string, text: string, type = 'text/plain'): void {
  const blob = new Blob([text], { type: `${type};charset=utf-8` });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.className = 'visually-hidden';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
