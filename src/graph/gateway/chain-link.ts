import type { Context, Middleware } from '@microsoft/microsoft-graph-client';

/** One link of the client's middleware chain: the client hands it the link after it with setNext. */
export abstract class ChainLink implements Middleware {
  private nextLink: Middleware | undefined;

  abstract execute(context: Context): Promise<void>;

  setNext(next: Middleware): void {
    this.nextLink = next;
  }

  /** The link after this one; a link left last in the chain is a wiring mistake, not a request failure. */
  protected get next(): Middleware {
    if (!this.nextLink) throw new Error(`${this.constructor.name} needs a next link`);
    return this.nextLink;
  }
}
