// Saves text as a file through a Blob URL and an <a download> click (no server round trip, no
// data: URL; the CSP does not govern downloads). The URL is revoked once the click is handled.
export function downloadText(fileName: string, content: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
