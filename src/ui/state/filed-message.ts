// A message I filed: filing's type, here for My referrals, which reads it without importing the filing feature.
export type { FiledMessage } from '../../filing';
