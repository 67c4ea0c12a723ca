import type { Catalogue, Evaluation } from '../../../domain';
import { useUserSettings } from '../../host-context';
import type { CurrentItem, TokenSource } from '../../host-context';
import type { DraftReferral } from '../../state/draft';
import { useDraftStore } from '../../state/use-draft';
import { useReferrerMemory } from '../referrer-memory';
import { useAfterFirstScreen } from '../../components/use-after-first-screen';
import { AttachmentsSection } from './attachments/attachments-section';
import type { AttachmentStore } from './attachments/attachment-store';
import { FieldErrorsContext, FormActionsContext } from './form-context';
import { FormPart } from './form-part';
import { useFormStyles } from './form.styles';
import { MissingQuestions } from './questions/missing-questions';
import { CaseContextSection } from './sections/case-context-section';
import { ConsentSection } from './sections/consent-section';
import { FamilySection } from './sections/family-section';
import { FamilyContactSection } from './contact/family-contact-section';
import { IncidentSection } from './sections/incident-section';
import { ReasonSection } from './sections/reason-section';
import { NeedsSection } from './sections/needs-section';
import { NotesSection } from './sections/notes-section';
import { ReferrerSection } from './sections/referrer-section';
import { RisksSection } from './sections/risks-section';
import { ServicesSection } from './sections/services-section';
import { SupportSection } from './sections/support-section';
import { useFormActionsValue } from './use-form-actions-value';
import { useReferrerPrefill } from './use-referrer-prefill';
import type { FieldValidation } from './validation/use-field-validation';

export type ReferralFormProps = {
  /**
   * The referral the evaluation was made from: the App works eligibility out after the keystroke, so the questions
   * and services are planned from it while every field shows what was just typed (each field reads the draft store).
   */
  readonly settled: DraftReferral;
  /** Undefined while the catalogue loads (after the first screen). */
  readonly catalogue?: Catalogue;
  readonly evaluation?: Evaluation;
  /** The catalogue could not be loaded: the questions say so, with a way to try again. */
  readonly catalogueFailed?: { readonly retry: () => void };
  readonly validation: FieldValidation;
  readonly attachments: AttachmentStore;
  readonly newId: () => string;
  /** Prefills the referrer from the signed-in account. */
  readonly tokenSource?: TokenSource;
  /** The email open beside the pane, offered as an attachment. */
  readonly currentItem?: CurrentItem;
  readonly onOpenDash?: () => void;
  readonly onShowServices?: () => void;
};

/**
 * The referral form: every section reads its own part of the draft from the store. The first two sections are the
 * first screen; the rest render just after it, so the form is interactive sooner.
 */
export function ReferralForm(p: ReferralFormProps) {
  const s = useFormStyles();
  const { validation, newId } = p;
  const store = useDraftStore();
  const { dispatch, type } = store;
  const rest = useAfterFirstScreen();
  const actions = useFormActionsValue(dispatch, validation.blur, newId, type);
  useReferrerPrefill(p.tokenSource, store);
  const memory = useReferrerMemory(useUserSettings(), store);
  const { settled } = p;
  const { needs } = validation;
  // Asked only for a domestic-abuse service, or kept in view once answered.
  const incident = needs.domesticAbuse || settled.risks?.latestIncident !== undefined;
  return (
    <FormActionsContext.Provider value={actions}>
      <FieldErrorsContext.Provider value={validation.visible}>
        <div role="form" aria-label="Referral" className={s.form}>
          <FormPart>
            <ReferrerSection {...(memory.problem ? { memoryProblem: memory.problem } : {})} />
          </FormPart>
          <FormPart>
            <ConsentSection />
          </FormPart>
          {rest && (
            <>
              {/* Each person in the family is a form part of its own. */}
              <FamilySection settledPeople={settled.people} />
              <FormPart>
                <FamilyContactSection forMarac={needs.marac} />
              </FormPart>
              <FormPart>
                <ReasonSection />
              </FormPart>
              <FormPart>
                <MissingQuestions
                  referral={settled}
                  {...(p.evaluation ? { evaluation: p.evaluation } : {})}
                  {...(p.catalogue ? { catalogue: p.catalogue } : {})}
                  {...(p.catalogueFailed ? { failed: p.catalogueFailed } : {})}
                  {...(p.onOpenDash ? { onOpenDash: p.onOpenDash } : {})}
                />
              </FormPart>
              <FormPart>
                <CaseContextSection />
              </FormPart>
              <FormPart>
                <RisksSection {...(p.onOpenDash ? { onOpenDash: p.onOpenDash } : {})} />
              </FormPart>
              {incident && (
                <FormPart>
                  <IncidentSection />
                </FormPart>
              )}
              <FormPart>
                <NeedsSection />
              </FormPart>
              <FormPart>
                <SupportSection />
              </FormPart>
              <FormPart>
                <ServicesSection
                  people={settled.people}
                  {...(p.catalogue ? { catalogue: p.catalogue } : {})}
                  {...(p.evaluation ? { evaluation: p.evaluation } : {})}
                  {...(p.onShowServices ? { onShowServices: p.onShowServices } : {})}
                />
              </FormPart>
              <FormPart>
                <AttachmentsSection store={p.attachments} {...(p.currentItem ? { currentItem: p.currentItem } : {})} />
              </FormPart>
              <FormPart>
                <NotesSection />
              </FormPart>
            </>
          )}
        </div>
      </FieldErrorsContext.Provider>
    </FormActionsContext.Provider>
  );
}
