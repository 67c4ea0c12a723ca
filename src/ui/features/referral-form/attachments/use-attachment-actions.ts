// Attaching and removing files: checks each against the limits, keeps the bytes in the store and the list in the draft.
import { useEffect, useMemo, useState } from 'react';
import type { ChangeEvent } from 'react';
import type { HostAttachment } from '../../../host-context';
import { useAnnounce } from '../../../components/announcer';
import { useDraft } from '../../../state/use-draft';
import { useFormActions } from '../form-context';
import type { AttachmentMeta } from './attachment-meta';
import { attachProblem, attachmentList } from './attachment-meta';
import type { AttachmentStore } from './attachment-store';
import type { HostAttachments } from './use-host-attachments';

export const sameHost = (m: AttachmentMeta, a: HostAttachment) =>
  m.source === a.source && m.name === a.name && m.size === a.size;

/** After a reopen the email's attachments can be found again; files from the device cannot. */
function useRelinkHostAttachments(list: readonly AttachmentMeta[], host: HostAttachments, store: AttachmentStore) {
  const [, relinked] = useState(0);
  useEffect(() => {
    if (host.status !== 'ready') return;
    let found = 0;
    for (const m of list) {
      const match = !store.has(m.id) && host.list.find((h) => sameHost(m, h));
      if (!match) continue;
      store.put(m.id, { kind: 'host', attachment: match });
      found++;
    }
    if (found) relinked((n) => n + 1);
  }, [host, list, store]);
}

export function useAttachmentActions(store: AttachmentStore, host: HostAttachments) {
  const announce = useAnnounce();
  const attachments = useDraft((r) => r.attachments);
  const { dispatch, newId } = useFormActions();
  const save = (next: readonly AttachmentMeta[]) => dispatch({ type: 'set-attachments', attachments: next });
  const list = useMemo(() => attachmentList(attachments), [attachments]);
  const [problems, setProblems] = useState<string[]>([]);
  useRelinkHostAttachments(list, host, store);

  const addFiles = (e: ChangeEvent<HTMLInputElement>) => {
    const files = [...(e.target.files ?? [])];
    e.target.value = '';
    const next = [...list];
    const refused: string[] = [];
    for (const file of files) {
      const problem = attachProblem(file.name, file.size, next.length);
      if (problem) {
        refused.push(problem);
        continue;
      }
      const id = newId();
      store.put(id, { kind: 'file', file });
      next.push({
        id,
        name: file.name,
        contentType: file.type || 'application/octet-stream',
        size: file.size,
        source: 'upload',
      });
    }
    setProblems(refused);
    if (next.length !== list.length) save(next);
    announce([`${next.length - list.length} file(s) attached`, ...refused].join('. '));
  };
  const attachHost = (h: HostAttachment) => {
    const problem = attachProblem(h.name, h.size, list.length);
    if (problem) return setProblems([problem]);
    const id = newId();
    store.put(id, { kind: 'host', attachment: h });
    save([...list, { id, name: h.name, contentType: h.contentType, size: h.size, source: h.source }]);
    announce(`${h.name} attached`);
  };
  const remove = (m: AttachmentMeta) => {
    store.remove(m.id);
    save(list.filter((x) => x.id !== m.id));
    announce(`${m.name} removed`);
  };
  return { list, problems, addFiles, attachHost, remove };
}
