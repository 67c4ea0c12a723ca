// Realistic Open Referral UK feeds and council overlays at scale, made up from a seed: for the bench and tests.
export { generateOrukFeed } from './generate-feed';
export type { GenerateFeedOptions } from './generate-feed';
export { generateOverlay, GENERATED_QUESTIONS } from './generate-overlay';
export { generateScaleCatalogue } from './scale-catalogue';
export type { ScaleCatalogue } from './scale-catalogue';
export { seededRandom } from './random';
export type { Random } from './random';
