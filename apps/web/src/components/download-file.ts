/**
 * Hands `contents` to the browser as a download named `fileName`: a link to an object URL, clicked
 * and removed. The URL is revoked 10 s later, after the browser has read it (some read it only after
 * `click()` returns; the download keeps its own copy).
 */
export function downloadFile(fileName: string, contents: Blob): void {
  const url = URL.createObjectURL(contents);
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    document.body.append(link);
    link.click();
    link.remove();
  } finally {
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}
