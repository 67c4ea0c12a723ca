import type { Catalogue, FiledReferral } from '../../domain';
import { answersSection } from './answers-section';
import { attachmentsSection, nextStepsSection, notesSection, referrerSection } from './closing-sections';
import { consentSection, contextSection } from './consent-context-section';
import { familySection } from './family-section';
import { headerSection, titleOf } from './header-section';
import { needsSection, supportSection } from './needs-support-section';
import { risksSection } from './risks-section';
import { servicesSection } from './services-section';
import { summaryContext } from './summary-context';
import type { Summary } from './summary.types';

/** The readable summary of one filed referral: what the HTML body and the PDF both show, in this order. */
export function summarise(doc: FiledReferral, catalogue: Catalogue): Summary {
  const ctx = summaryContext(doc, catalogue);
  return {
    title: titleOf(ctx),
    reference: doc.reference,
    blocks: [
      ...headerSection(ctx),
      ...servicesSection(ctx),
      ...familySection(ctx),
      ...consentSection(ctx),
      ...contextSection(ctx),
      ...risksSection(ctx),
      ...needsSection(ctx),
      ...supportSection(ctx),
      ...answersSection(ctx),
      ...notesSection(ctx),
      ...referrerSection(ctx),
      ...attachmentsSection(ctx),
      ...nextStepsSection(ctx),
    ],
  };
}
