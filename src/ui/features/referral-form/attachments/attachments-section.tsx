import { memo, useEffect, useMemo, useState } from 'react';
import type { ChangeEvent } from 'react';
import { Button } from '@fluentui/react-components';
import type { CurrentItem, HostAttachment } from '../../../host-context';
import { Section } from '../../../components/section';
import { useAnnounce } from '../../../components/announcer';
import { useDraft } from '../../../state/use-draft';
import { useFormActions } from '../form-context';
import { useFormStyles } from '../form.styles';
import type { AttachmentMeta } from './attachment-meta';
import { attachProblem, attachmentList } from './attachment-meta';
import type { AttachmentStore } from './attachment-store';
import { formatSize } from './attachment-store';
import { HostAttachmentOffer } from './host-attachment-offer';
import { useHostAttachments } from './use-host-attachments';
import { useAttachmentsStyles } from './attachments-section.styles';

export type AttachmentsSectionProps = {
  readonly store: AttachmentStore;
  readonly currentItem?: CurrentItem;
};

const SOURCE_WORDS = {
  upload: 'From this device',
  'current-email': 'The open email',
  'current-email-attachment': 'From the open email',
} as const;
const sameHost = (m: AttachmentMeta, a: HostAttachment) =>
  m.source === a.source && m.name === a.name && m.size === a.size;

export const AttachmentsSection = memo(function AttachmentsSection({ store, currentItem }: AttachmentsSectionProps) {
  const s = useFormStyles();
  const a = useAttachmentsStyles();
  const announce = useAnnounce();
  const attachments = useDraft((r) => r.attachments);
  const { dispatch, newId } = useFormActions();
  const save = (next: readonly AttachmentMeta[]) => dispatch({ type: 'set-attachments', attachments: next });
  const list = useMemo(() => attachmentList(attachments), [attachments]);
  const host = useHostAttachments(currentItem);
  const [problems, setProblems] = useState<string[]>([]);
  const [, relinked] = useState(0);
  // After a reopen the email's attachments can be found again; files from the device cannot.
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
  return (
    <Section
      id="section-attachments"
      title="Attachments"
      description="Files are sent with the referral. Each can be up to 150 MB."
    >
      {currentItem && (
        <HostAttachmentOffer
          subject={currentItem.subject}
          state={host}
          onAttach={attachHost}
          isAttached={(h) => list.some((m) => sameHost(m, h))}
        />
      )}
      <div className={a.picker}>
        <label htmlFor="attach-files" className={a.label}>
          Add files from this device
        </label>
        <input
          id="attach-files"
          className={a.input}
          type="file"
          multiple
          onChange={addFiles}
          aria-describedby={problems.length ? 'attach-problems' : undefined}
        />
      </div>
      {problems.length > 0 && (
        <ul id="attach-problems" className={s.list}>
          {problems.map((p) => (
            <li key={p} className={s.error}>
              {p}
            </li>
          ))}
        </ul>
      )}
      {list.length > 0 && (
        <ul className={s.list} aria-label="Attached files">
          {list.map((m) => (
            <li key={m.id} className={s.card}>
              <div className={s.row}>
                <span className={s.text}>
                  {m.name}{' '}
                  <span className={s.muted}>
                    {formatSize(m.size)} · {SOURCE_WORDS[m.source ?? 'upload']}
                  </span>
                </span>
                <Button size="small" onClick={() => remove(m)} aria-label={`Remove ${m.name}`}>
                  Remove
                </Button>
              </div>
              {!store.has(m.id) && !(m.source !== 'upload' && host.status === 'loading') && (
                <p className={s.warning}>Add this file again: files are kept only while the card is open.</p>
              )}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
});
