// One referral opened: what was sent to each service mailbox (the same summary the service read) and its files.
import { Button, Field, Select } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { DetailsResult, FiledFile } from '../../../graph';
import { FiledReferralView } from '../../components/filed-referral-view';
import { saveFile } from '../../components/save-file';
import type { MyReferralsSource } from './my-referrals-source';
import type { MyReferral } from './my-referrals.types';
import { useMyReferralsStyles } from './my-referrals.styles';
import { ReferrerActions } from './referrer-actions';

export type OpenedReferralProps = {
  readonly item: MyReferral;
  readonly source: MyReferralsSource;
  readonly details: ReadonlyMap<string, DetailsResult>;
  readonly onClose: () => void;
};

type Files = { readonly messageId: string; readonly files?: readonly FiledFile[]; readonly failed?: true };

function useFiles(source: MyReferralsSource, messageId: string | undefined): Files | undefined {
  const [files, setFiles] = useState<Files>();
  useEffect(() => {
    if (!messageId) return;
    let live = true;
    setFiles({ messageId });
    source.files(messageId).then(
      (list) => live && setFiles({ messageId, files: list }),
      () => live && setFiles({ messageId, failed: true }),
    );
    return () => {
      live = false;
    };
  }, [source, messageId]);
  return files?.messageId === messageId ? files : undefined;
}

function Sent({
  result,
  files,
  source,
  messageId,
}: {
  readonly result: DetailsResult | undefined;
  readonly files: Files | undefined;
  readonly source: MyReferralsSource;
  readonly messageId: string;
}) {
  const s = useMyReferralsStyles();
  if (!result)
    return (
      <p role="status" className={s.text}>
        Reading what was sent…
      </p>
    );
  if (!result.ok)
    return (
      <div className={s.problem} role="alert">
        <p className={s.text}>
          <strong>Details could not be read.</strong>{' '}
          {result.reason === 'unavailable' ? 'Check your connection, then go back and open it again.' : result.message}
        </p>
      </div>
    );
  return (
    <>
      {files?.failed && <p className={s.muted}>The list of files could not be loaded just now.</p>}
      <FiledReferralView
        document={result.document}
        catalogue={source.catalogue}
        {...(files?.files ? { attachments: files.files } : {})}
        onDownload={async (file) => {
          const bytes = await source.readFile(messageId, file.id);
          saveFile(file.name, new Blob([bytes as BlobPart], { type: file.contentType ?? 'application/octet-stream' }));
        }}
      />
    </>
  );
}

export function OpenedReferral({ item, source, details, onClose }: OpenedReferralProps) {
  const s = useMyReferralsStyles();
  const [messageId, setMessageId] = useState(item.messages[0]?.messageId);
  const files = useFiles(source, messageId);
  const mailbox = item.messages.find((m) => m.messageId === messageId)?.mailbox;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className={s.root} aria-labelledby="opened-referral-title">
      <div className={s.top}>
        <h2 id="opened-referral-title" ref={heading} tabIndex={-1} className={s.heading}>
          What was sent in {item.reference}
        </h2>
        <Button onClick={onClose}>Back to My referrals</Button>
      </div>
      {item.messages.length > 1 && (
        <Field label="Sent to" hint="Each service mailbox was sent its own copy.">
          <Select value={messageId} onChange={(_, d) => setMessageId(d.value)}>
            {item.messages.map((m) => (
              <option key={m.messageId} value={m.messageId}>
                {m.mailbox}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {mailbox && <ReferrerActions item={item} mailbox={mailbox} source={source} />}
      {messageId && <Sent result={details.get(messageId)} files={files} source={source} messageId={messageId} />}
    </section>
  );
}
