/** Saves a file through the browser's download (Teams and Outlook on the web pass it on to the device). */
export function saveFileInBrowser(name: string, data: Blob): void {
  const url = URL.createObjectURL(data);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // The download has started by now; the address is only for that.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
