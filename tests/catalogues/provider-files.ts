import { readFileSync } from 'node:fs';
import path from 'node:path';
import { formatCatalogueIssue, loadProviderText } from '../../src/catalogues/load';
import type { ProviderCatalogue } from '../../src/domain';

export const PROVIDERS_DIR = path.resolve(__dirname, '../../src/catalogues/providers');

/** One built-in provider file, read as the build reads it (defaults filled in). */
export function providerFile(name: string): ProviderCatalogue {
  const file = path.join(PROVIDERS_DIR, `${name}.catalogue.yaml`);
  const loaded = loadProviderText(readFileSync(file, 'utf8'), file);
  if (!loaded.ok) throw new Error(loaded.issues.map((i) => formatCatalogueIssue(i)).join('\n'));
  return loaded.value;
}
