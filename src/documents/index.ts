// Pure renderers of one referral for one service mailbox: referral.json, the HTML body, referral.pdf, the subject.
export { buildFiledReferral, checkedDocument } from './filed-referral';
export type { FiledReferralOptions } from './filed-referral';
export { referralJson } from './referral-json';
export { renderHtmlBody } from './html/render-html';
export { renderPdf } from './pdf/render-pdf';
export type { PdfOptions } from './pdf/render-pdf';
export { subjectFor } from './subject';
export { summarise } from './summary/summarise';
export type { Block, Span, Summary } from './summary/summary.types';
export { FILED_FILE_NAMES } from './summary/closing-sections';
export { DocumentError } from './document-error';
export type { DocumentErrorCode } from './document-error';
export { visibleText } from './text/visible-text';
export { initialsOf, referralDigest } from './referral-digest';
export type { DigestChild, ReferralDigest } from './referral-digest';
