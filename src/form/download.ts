/** Save text as a file through a Blob URL: the browser writes it to disk, nothing goes over the network. */
export function download(text: string, fileName: string, mediaType: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${mediaType};charset=utf-8` }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Chromium reads the blob after click() returns; revoke a little later.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** "mou-en.pdf" → "mou-en" for naming exported files. */
export function baseName(source: string): string {
  const name = source.split(/[\\/]/).pop() ?? source;
  return name.replace(/\.[A-Za-z0-9]{1,5}$/, '') || 'document';
}
