import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { Dispatch } from 'react';
import type { Catalogue, Evaluation } from '../../../domain';
import type { CurrentItem, TokenSource } from '../../host-context';
import type { DraftAction, DraftReferral, Path } from '../../state/draft';
import { focusField } from '../../components/focus-field';
import { useAfterFirstScreen } from '../../components/use-after-first-screen';
import { AttachmentsSection } from './attachments/attachments-section';
import type { AttachmentStore } from './attachments/attachment-store';
import type { FormActions } from './form-context';
import { FieldErrorsContext, FormActionsContext, fieldHandlerCache } from './form-context';
import { FormPart } from './form-part';
import { useFormStyles } from './form.styles';
import { MissingQuestions } from './questions/missing-questions';
import { CaseContextSection } from './sections/case-context-section';
import { ConsentSection } from './sections/consent-section';
import { FamilySection } from './sections/family-section';
import { NeedsSection } from './sections/needs-section';
import { NotesSection } from './sections/notes-section';
import { ReferrerSection } from './sections/referrer-section';
import { RisksSection } from './sections/risks-section';
import { ServicesSection } from './sections/services-section';
import { SupportSection } from './sections/support-section';
import { useReferrerPrefill } from './use-referrer-prefill';
import type { FieldValidation } from './validation/use-field-validation';

export type ReferralFormProps = {
  readonly draftId: string;
  readonly referral: DraftReferral;
  /**
   * The referral the evaluation was made from: the App works eligibility out a render behind the keystroke (React's
   * deferred value), so the questions and services are planned from it while every field shows what was just typed.
   */
  readonly settled?: DraftReferral;
  /** Undefined while the catalogue loads (after the first screen). */
  readonly catalogue?: Catalogue;
  readonly evaluation?: Evaluation;
  /** The catalogue could not be loaded: the questions say so, with a way to try again. */
  readonly catalogueFailed?: { readonly retry: () => void };
  readonly dispatch: Dispatch<DraftAction>;
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
 * The referral form: every section, each memoised on its own part of the referral. The first two sections are the
 * first screen; the rest render just after it (issue #5: an interactive form within 800 ms at 4x CPU).
 */
export function ReferralForm(p: ReferralFormProps) {
  const s = useFormStyles();
  const { dispatch, validation, newId } = p;
  const pendingFocus = useRef<string>();
  const rest = useAfterFirstScreen();
  const set = useCallback((path: Path, value: unknown) => dispatch({ type: 'set', path, value }), [dispatch]);
  const focusLater = useCallback((id: string) => void (pendingFocus.current = id), []);
  const blur = useRef(validation.blur);
  blur.current = validation.blur;
  const handlers = useMemo(() => fieldHandlerCache(set, (path) => blur.current(path)), [set]);
  const actions = useMemo<FormActions>(
    () => ({ dispatch, set, blur: validation.blur, newId, focusLater, handlers }),
    [dispatch, set, validation.blur, newId, focusLater, handlers],
  );
  useEffect(() => {
    if (pendingFocus.current && focusField(pendingFocus.current)) pendingFocus.current = undefined;
  });
  useReferrerPrefill(p.tokenSource, p.draftId, p.referral.referrer, dispatch);
  const r = p.referral;
  const settled = p.settled ?? r;
  return (
    <FormActionsContext.Provider value={actions}>
      <FieldErrorsContext.Provider value={validation.visible}>
        <div role="form" aria-label="Referral" className={s.form}>
          <FormPart>
            <ReferrerSection referrer={r.referrer} />
          </FormPart>
          <FormPart>
            <ConsentSection consent={r.consent} />
          </FormPart>
          {rest && (
            <>
              {/* Each person in the family is a form part of its own. */}
              <FamilySection people={r.people} settledPeople={settled.people} />
              <FormPart>
                <MissingQuestions
                  values={r}
                  referral={settled}
                  {...(p.evaluation ? { evaluation: p.evaluation } : {})}
                  {...(p.catalogue ? { catalogue: p.catalogue } : {})}
                  {...(p.catalogueFailed ? { failed: p.catalogueFailed } : {})}
                  {...(p.onOpenDash ? { onOpenDash: p.onOpenDash } : {})}
                />
              </FormPart>
              <FormPart>
                <CaseContextSection context={r.context} />
              </FormPart>
              <FormPart>
                <RisksSection risks={r.risks} {...(p.onOpenDash ? { onOpenDash: p.onOpenDash } : {})} />
              </FormPart>
              <FormPart>
                <NeedsSection needs={r.needs} />
              </FormPart>
              <FormPart>
                <SupportSection support={r.support} />
              </FormPart>
              <FormPart>
                <ServicesSection
                  services={r.services}
                  people={settled.people}
                  {...(p.catalogue ? { catalogue: p.catalogue } : {})}
                  {...(p.evaluation ? { evaluation: p.evaluation } : {})}
                  {...(p.onShowServices ? { onShowServices: p.onShowServices } : {})}
                />
              </FormPart>
              <FormPart>
                <AttachmentsSection
                  attachments={r.attachments}
                  store={p.attachments}
                  {...(p.currentItem ? { currentItem: p.currentItem } : {})}
                />
              </FormPart>
              <FormPart>
                <NotesSection notes={r.notes} />
              </FormPart>
            </>
          )}
        </div>
      </FieldErrorsContext.Provider>
    </FormActionsContext.Provider>
  );
}
