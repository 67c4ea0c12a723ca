// The attachments section: files from this device or the open email, sent with the referral.
import { memo } from 'react';
import type { CurrentItem } from '../../../host-context';
import { Section } from '../../../components/section';
import { useFormStyles } from '../form.styles';
import type { AttachmentStore } from './attachment-store';
import { AttachedFileList } from './attached-file-list';
import { HostAttachmentOffer } from './host-attachment-offer';
import { useAttachmentActions, sameHost } from './use-attachment-actions';
import { useHostAttachments } from './use-host-attachments';
import { useAttachmentsStyles } from './attachments-section.styles';

export type AttachmentsSectionProps = {
  readonly store: AttachmentStore;
  readonly currentItem?: CurrentItem;
};

export const AttachmentsSection = memo(function AttachmentsSection({ store, currentItem }: AttachmentsSectionProps) {
  const s = useFormStyles();
  const a = useAttachmentsStyles();
  const host = useHostAttachments(currentItem);
  const { list, problems, addFiles, attachHost, remove } = useAttachmentActions(store, host);
  return (
    <Section
      id="section-attachments"
      contained
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
        <AttachedFileList list={list} store={store} hostLoading={host.status === 'loading'} onRemove={remove} />
      )}
    </Section>
  );
});
