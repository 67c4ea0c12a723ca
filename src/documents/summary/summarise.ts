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
import type { SummaryContext } from './summary-context';
import type { Block, Summary } from './summary.types';

/** The sections of the summary, in the order the HTML body and the PDF both show them. */
const SECTIONS: readonly ((ctx: SummaryContext) => Block[])[] = [
  headerSection,
  servicesSection,
  familySection,
  consentSection,
  contextSection,
  risksSection,
  needsSection,
  supportSection,
  answersSection,
  notesSection,
  referrerSection,
  attachmentsSection,
  nextStepsSection,
];

/** The readable summary of one filed referral: what the HTML body and the PDF both show. */
export function summarise(doc: FiledReferral, catalogue: Catalogue): Summary {
  const ctx = summaryContext(doc, catalogue);
  return { title: titleOf(ctx), reference: doc.reference, blocks: SECTIONS.flatMap((section) => section(ctx)) };
}
