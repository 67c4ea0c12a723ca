import type { Catalogue } from '../../../domain';
import { applyOverlay } from '../apply-overlay';
import { importOruk } from '../import-oruk';
import type { OrukExport } from '../oruk.types';
import type { Overlay } from '../overlay.schema';
import { generateOrukFeed } from './generate-feed';
import type { GenerateFeedOptions } from './generate-feed';
import { generateOverlay } from './generate-overlay';

export type ScaleCatalogue = { readonly feed: OrukExport; readonly overlay: Overlay; readonly catalogue: Catalogue };

/**
 * A generated feed imported as a council would (one provider per organisation) with a generated overlay on top:
 * the catalogue the bench and the property tests run the engine on. Throws if either step reports a problem,
 * which would be a fault in the generator.
 */
export function generateScaleCatalogue(options: GenerateFeedOptions = {}): ScaleCatalogue {
  const feed = generateOrukFeed(options);
  const imported = importOruk(feed, { maxServices: Math.max(feed.contents.length, 1), version: 'generated-feed' });
  if (!imported.ok) throw new Error(`The generated feed did not import: ${JSON.stringify(imported.report.issues)}`);
  const skipped = imported.report.services.filter((s) => s.status !== 'imported');
  if (skipped.length) throw new Error(`The generated feed lost ${skipped.length} services on import`);
  const overlay = generateOverlay(imported.catalogue, options.seed);
  const merged = applyOverlay(imported.catalogue, overlay);
  if (!merged.ok) throw new Error(`The generated overlay did not apply: ${JSON.stringify(merged.issues.slice(0, 5))}`);
  return { feed, overlay, catalogue: merged.catalogue };
}
