import { readFile } from 'node:fs/promises';
import type { AppManifestUtils as Utils, TeamsManifest } from '@microsoft/app-manifest';

// The unified manifest against Microsoft's JSON Schema for v1.30, from the copy @microsoft/app-manifest bundles: the
// validator would otherwise download the schema from its $schema address.

export const MANIFEST_VERSION = '1.30';
export const MANIFEST_SCHEMA_URL = `https://developer.microsoft.com/json-schemas/teams/v${MANIFEST_VERSION}/MicrosoftTeams.schema.json`;

let bundled: Promise<Record<string, unknown>> | undefined;

/** The bundled v1.30 schema; its regular expressions use \a and \v, which JSON.parse refuses, as the package does. */
export function bundledSchema(): Promise<Record<string, unknown>> {
  bundled ??= readFile(
    require.resolve(`@microsoft/app-manifest/build/json-schemas/teams/v${MANIFEST_VERSION}/MicrosoftTeams.schema.json`),
    'utf8',
  ).then((text) => JSON.parse(text.replace(/\\a/g, '\\u0007').replace(/\\v/g, '\\u000b')) as Record<string, unknown>);
  return bundled;
}

/** Problems with the manifest against the bundled v1.30 schema, offline; none means it is valid. */
export async function unifiedManifestProblems(manifest: Record<string, unknown>): Promise<string[]> {
  if (manifest.$schema !== MANIFEST_SCHEMA_URL || manifest.manifestVersion !== MANIFEST_VERSION)
    return [`It must use manifest schema v${MANIFEST_VERSION} ($schema ${MANIFEST_SCHEMA_URL}).`];
  // Loaded when used: the other commands need not load the validator and its ajv schemas.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { AppManifestUtils } = require('@microsoft/app-manifest') as { AppManifestUtils: typeof Utils };
  const schema = (await bundledSchema()) as unknown as Parameters<typeof Utils.validateAgainstSchema>[1];
  const errors = await AppManifestUtils.validateAgainstSchema(manifest as unknown as TeamsManifest, schema);
  return errors.map((error) => error.trim());
}
