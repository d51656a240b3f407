/** Hands a file made in the page to the browser's download (an object URL on a temporary link). */
export function saveFile(content: Blob | string, fileName: string, type = 'text/plain;charset=utf-8'): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The click has handed the blob to the download; revoke once the event loop moves on.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
