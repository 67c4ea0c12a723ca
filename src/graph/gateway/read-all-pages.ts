import { PageIterator, type Client, type PageCollection } from '@microsoft/microsoft-graph-client';

/**
 * Every item of a collection answer, following @odata.nextLink with the SDK's PageIterator, up to `max` items
 * (a cap, so an odd mailbox cannot make the card read forever).
 */
export async function readAllPages(client: Client, first: unknown, max: number): Promise<unknown[]> {
  const page = first as PageCollection;
  if (!page || !Array.isArray(page.value)) return [];
  const items: unknown[] = [];
  if (max <= 0) return items;
  const iterator = new PageIterator(client, page, (item: unknown) => {
    items.push(item);
    return items.length < max;
  });
  await iterator.iterate();
  return items;
}
