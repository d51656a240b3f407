/**
 * Hands a file made in the page to the browser's download, through an object URL on a
 * temporary link. Text becomes a Blob of `type` (CSV unless said otherwise).
 */
export function saveFile(content: Blob | string, fileName: string, type = 'text/csv;charset=utf-8'): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a delay costs nothing.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
