import type { Catalogue, FiledReferral } from '../../domain';
import { answersSection } from './answers-section';
import { attachmentsSection, nextStepsSection, notesSection, referrerSection } from './closing-sections';
import { consentSection, contextSection } from './consent-context-section';
import { contactSection } from './contact-section';
import { familySection, peopleSection, reasonSection } from './family-section';
import { headerSection, titleOf } from './header-section';
import { needsSection, supportSection } from './needs-support-section';
import { risksSection } from './risks-section';
import { eligibilitySection, requestsSection } from './services-section';
import { summaryContext } from './summary-context';
import type { SummaryContext } from './summary-context';
import type { Block, Summary } from './summary.types';

/**
 * The sections in the order a service reads them, the same in the HTML body and the PDF: who the family are, why
 * they are referred and how to reach them safely first (on page 1 of the PDF; what is not safe is also a notice under
 * the title); the risks; what is asked; then, compact, why each service was judged eligible; then the rest.
 */
const SECTIONS: readonly ((ctx: SummaryContext) => Block[])[] = [
  headerSection,
  familySection,
  reasonSection,
  contactSection,
  peopleSection,
  risksSection,
  requestsSection,
  eligibilitySection,
  contextSection,
  needsSection,
  supportSection,
  answersSection,
  notesSection,
  attachmentsSection,
  referrerSection,
  consentSection,
  nextStepsSection,
];

/** The readable summary of one filed referral: what the HTML body and the PDF both show. */
export function summarise(doc: FiledReferral, catalogue: Catalogue): Summary {
  const ctx = summaryContext(doc, catalogue);
  return { title: titleOf(ctx), reference: doc.reference, blocks: SECTIONS.flatMap((section) => section(ctx)) };
}
