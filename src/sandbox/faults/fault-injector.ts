import type { FaultSettings } from './fault-settings.schema';

export type FaultDecision = {
  latencyMs: number;
  fault?: '429' | '503' | 'drop' | 'drop-after-handler';
  retryAfterSeconds: number;
};

// Graph's RetryHandler waits Retry-After seconds; 1 s keeps a retrying client quick by default.
const DEFAULT_RETRY_AFTER_SECONDS = 1;

/** mulberry32: a small seeded PRNG, so seeded fault runs repeat exactly. */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Holds the current fault settings and decides, request by request, what to inject. */
export class FaultInjector {
  private settings: FaultSettings | undefined;
  private random: () => number = Math.random;
  private remaining = Infinity;
  private injected = 0;

  constructor(initial?: FaultSettings) {
    if (initial) this.set(initial);
  }

  set(settings: FaultSettings): void {
    this.settings = settings;
    this.random = settings.seed === undefined ? Math.random : seededRandom(settings.seed);
    this.remaining = settings.limit ?? Infinity;
    this.injected = 0;
  }

  clear(): void {
    this.settings = undefined;
    this.remaining = Infinity;
    this.injected = 0;
  }

  status(): { settings: FaultSettings | null; injected: number; remaining: number | null } {
    return {
      settings: this.settings ?? null,
      injected: this.injected,
      remaining: Number.isFinite(this.remaining) ? this.remaining : null,
    };
  }

  /** How long a sent message's Sent Items copy stays out of sight after the send is accepted. */
  sentItemsDelayMs(): number {
    return this.settings?.sentItemsDelayMs ?? 0;
  }

  decide(pathname: string, method?: string): FaultDecision {
    const s = this.settings;
    const retryAfterSeconds = s?.retryAfterSeconds ?? DEFAULT_RETRY_AFTER_SECONDS;
    if (!s) return { latencyMs: 0, retryAfterSeconds };
    const otherPath = s.pathPrefix && !pathname.toLowerCase().startsWith(s.pathPrefix.toLowerCase());
    if (otherPath || (s.method && s.method !== method?.toUpperCase())) {
      return { latencyMs: 0, retryAfterSeconds };
    }
    const latencyMs = s.latencyMs ?? 0;
    if (this.remaining <= 0) return { latencyMs, retryAfterSeconds };
    const r = this.random();
    const t429 = s.rate429 ?? 0;
    const t503 = t429 + (s.rate503 ?? 0);
    const tDrop = t503 + (s.rateDrop ?? 0);
    // r is in [0, 1): a rate of 1 always fires, a rate of 0 never does.
    const drop = s.dropAfterHandler ? 'drop-after-handler' : 'drop';
    const fault = r < t429 ? '429' : r < t503 ? '503' : r < tDrop ? drop : undefined;
    if (!fault) return { latencyMs, retryAfterSeconds };
    this.remaining -= 1;
    this.injected += 1;
    return { latencyMs, fault, retryAfterSeconds };
  }
}
