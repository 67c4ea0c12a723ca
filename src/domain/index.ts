// The public face of the domain: pure TypeScript, zod only, the clock passed in.
export * from './common/answer.schema';
export * from './common/iso-date.schema';
export * from './common/issues';
export * from './common/london';
export * from './referral/vocabulary';
export * from './referral/person.schema';
export * from './referral/referral.schema';
export * from './referral/validate-referral';
export * from './dash/dash.schema';
export * from './facts/fact';
export * from './criteria';
export * from './criteria/package/rules';
export * from './catalogue/catalogue.schema';
export * from './catalogue/fact-registry';
export * from './catalogue/validate-catalogue';
export * from './eligibility/evaluate';
export * from './triage/time-standard.schema';
