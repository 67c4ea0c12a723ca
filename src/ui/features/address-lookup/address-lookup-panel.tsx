import { useEffect, useRef, useState } from 'react';
import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Spinner,
} from '@fluentui/react-components';
import { lookupFailureWords, type AddressLookup as LookupService, type FoundAddress } from '../../../address';
import { useAddressLookupStyles } from './address-lookup.styles';
import type { AddressLookupProps } from './address-lookup';
import { foundWords, useAddressLookup, type LookupState } from './use-address-lookup';

/** The lookup itself, loaded only on a card that has an address lookup service: Fluent's message bar and spinner
 * stay off the first screen. */
export default function AddressLookupPanel({
  postcode,
  onChoose,
  lookup,
}: AddressLookupProps & { readonly lookup: LookupService }) {
  const s = useAddressLookupStyles();
  const { state, find, choose } = useAddressLookup(lookup, postcode);
  const searching = state.step === 'searching';
  const use = (found: FoundAddress) => {
    choose(found);
    onChoose(found.address, found.council?.code);
  };
  return (
    <div className={s.root}>
      <div className={s.row}>
        <Button onClick={() => void find()} disabledFocusable={searching}>
          Find address
        </Button>
        {searching && <Spinner size="tiny" label="Finding addresses…" />}
      </div>
      {state.step === 'failed' && <LookupFailed state={state} />}
      {state.step === 'found' && <ChooseAddress state={state} onUse={use} />}
      {state.step === 'chosen' && <Chosen found={state.chosen} />}
    </div>
  );
}

function LookupFailed({ state }: { readonly state: Extract<LookupState, { step: 'failed' }> }) {
  const words = lookupFailureWords(state.kind);
  // Read out by the card's one polite announcer as it appears (use-address-lookup.ts), not by an alert of its own.
  return (
    <MessageBar intent="warning">
      <MessageBarBody>
        <MessageBarTitle>{words.title}</MessageBarTitle> {words.action}
      </MessageBarBody>
    </MessageBar>
  );
}

type ChooseProps = {
  readonly state: Extract<LookupState, { step: 'found' }>;
  readonly onUse: (found: FoundAddress) => void;
};

function ChooseAddress({ state, onUse }: ChooseProps) {
  const s = useAddressLookupStyles();
  const select = useRef<HTMLSelectElement>(null);
  const [uprn, setUprn] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const { addresses } = state.search;
  // The list appears after a button press: take the person to it.
  useEffect(() => select.current?.focus(), []);
  const use = () => {
    const found = addresses.find((a) => a.uprn === uprn);
    if (found) onUse(found);
    else {
      setProblem('Choose the address from the list.');
      select.current?.focus();
    }
  };
  return (
    <div className={s.choose}>
      <Field
        label={`Addresses at ${state.postcode}`}
        hint={foundWords(state.postcode, state.search)}
        validationState={problem ? 'error' : 'none'}
        {...(problem ? { validationMessage: problem } : {})}
      >
        <Select
          ref={select}
          className={s.select}
          value={uprn}
          onChange={(_, d) => {
            setUprn(d.value);
            setProblem(undefined);
          }}
        >
          <option value="">Choose the address</option>
          {addresses.map((a) => (
            <option key={a.uprn} value={a.uprn}>
              {a.label}
            </option>
          ))}
        </Select>
      </Field>
      <Button appearance="primary" onClick={use}>
        Use this address
      </Button>
    </div>
  );
}

/** What was filled in, and the council, or that the referrer must choose the council. */
export function chosenWords(found: FoundAddress): string {
  const filled = `Address filled in: ${found.label}.`;
  if (found.council) return `${filled} Council: ${found.council.name}.`;
  return `${filled} The card does not know the council the address service names (${found.councilName}): choose the family's council.`;
}

function Chosen({ found }: { readonly found: FoundAddress }) {
  const s = useAddressLookupStyles();
  const said = useRef<HTMLParagraphElement>(null);
  // The list and its button are gone: focus the outcome rather than lose it to the page.
  useEffect(() => said.current?.focus(), []);
  return (
    <p ref={said} tabIndex={-1} className={s.chosen}>
      {chosenWords(found)}
    </p>
  );
}
