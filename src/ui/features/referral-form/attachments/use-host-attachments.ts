import { useEffect, useState } from 'react';
import type { CurrentItem, HostAttachment } from '../../../host-context';

export type HostAttachments =
  | { readonly status: 'none' | 'loading' }
  | { readonly status: 'ready'; readonly list: readonly HostAttachment[] }
  | { readonly status: 'error'; readonly message: string };

/** The open email and its attachments, offered for attaching; a host that cannot list them says so in words. */
export function useHostAttachments(item: CurrentItem | undefined): HostAttachments {
  const [state, setState] = useState<HostAttachments>({ status: item ? 'loading' : 'none' });
  useEffect(() => {
    if (!item) return setState({ status: 'none' });
    let live = true;
    setState({ status: 'loading' });
    item.attachments().then(
      (list) => live && setState({ status: 'ready', list }),
      () =>
        live &&
        setState({
          status: 'error',
          message: 'The email’s attachments could not be read. You can still add files from this device.',
        }),
    );
    return () => {
      live = false;
    };
  }, [item]);
  return state;
}
