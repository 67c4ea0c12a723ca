// Test support (not a test): what jsdom lacks and the pages need. Browsers have all of these; the e2e tests run the
// real ones.
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from 'node:util';

class NoopResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

const g = globalThis as Record<string, unknown>;
g.ResizeObserver ??= NoopResizeObserver;
g.TextEncoder ??= NodeTextEncoder;
g.TextDecoder ??= NodeTextDecoder;

export {};
