// My referrals' public face for other features: its database, for "Sign out" to forget one person's kept details.
export { DETAILS_DB_NAME, clearReferralDetails } from './details-db';
