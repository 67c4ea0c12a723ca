const MB = 1024 * 1024;

/** A size as people read it: 1.2 MB, 340 KB, 12 bytes. */
export function formatBytes(bytes: number): string {
  if (bytes >= MB) return `${(bytes / MB).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
}

/** A limit as people read it, rounded up to whole megabytes: 150 MB. */
export const formatMegabytes = (bytes: number): string => `${Math.ceil(bytes / MB)} MB`;
