const CHUNK = 0x8000;

/** Bytes as base64 in browsers and Node alike (no Buffer in the browser bundle). */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return btoa(binary);
}
