// Rendering runs in slices: after about SLICE_MS of work the pacer hands control back to the host (the page
// must never be blocked for more than 50 ms; the margin covers the longest single step that cannot be split).
export const SLICE_MS = 12;

const clock = () => globalThis.performance?.now() ?? Date.now();

export class Pacer {
  private started = clock();
  /** How many times control went back to the host. */
  yields = 0;

  constructor(
    private readonly yieldToHost: () => Promise<void>,
    private readonly sliceMs = SLICE_MS,
  ) {}

  /** Yields if this slice has run long enough. */
  async check(): Promise<void> {
    if (clock() - this.started >= this.sliceMs) await this.pause();
  }

  /** Yields now (between phases of the work). */
  async pause(): Promise<void> {
    this.yields += 1;
    await this.yieldToHost();
    this.started = clock();
  }
}
