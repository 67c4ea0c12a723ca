/** Saves a file through the browser's download (Teams and Outlook on the web pass it on to the device). */
export function saveFile(name: string, data: Blob): void {
  const url = URL.createObjectURL(data);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by now; the address is only for that.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
