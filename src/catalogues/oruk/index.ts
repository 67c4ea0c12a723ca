// Open Referral UK (HSDS 3.0 and legacy ORUK) import, export and the council overlay: docs/open-referral.md.
export { exportOruk, ageRangeOf } from './export-oruk';
export { importOruk, DEFAULT_MAX_SERVICES } from './import-oruk';
export type { ImportOrukOptions, ImportOrukResult } from './import-oruk';
export { describeImportReport } from './import-report';
export type { FeedShape, ImportIssue, ImportReport, ImportedRecord } from './import-report';
export { applyOverlay } from './apply-overlay';
export type { ApplyOverlayResult } from './apply-overlay';
export { overlaySchema, overlayServiceSchema } from './overlay.schema';
export type { Overlay, OverlayService } from './overlay.schema';
export { ORUK_SEED_PREFIX, isOrukSeed, orukSeedName } from './oruk-citation';
export { CRITERIA_HEADING, ORUK_TAXONOMY, PRE_BIRTH_CODE } from './oruk.types';
export type {
  OrukAttribute,
  OrukContact,
  OrukExport,
  OrukOrganization,
  OrukPhone,
  OrukService,
  OrukTaxonomyTerm,
} from './oruk.types';
export { uuidV5 } from './uuid-v5';
