// What was filed, as the people who read it see it: the files sent, then the same summary as the email and the PDF.
import { useMemo } from 'react';
import type { Catalogue, FiledReferral } from '../../../domain';
// The summary alone, not the documents' index: that would pull the PDF renderer into the page's bundle.
import { summarise } from '../../../documents/summary/summarise';
import { AttachmentList, type FiledAttachment } from './attachment-list';
import { useFiledReferralViewStyles } from './filed-referral-view.styles';
import { BlockView } from './summary-blocks';

export type FiledReferralViewProps = {
  /** The checked referral.json (readReferralDocument). */
  readonly document: FiledReferral;
  /** Gives the services' names and reasons, as when the referral was filed. */
  readonly catalogue: Catalogue;
  /** The message's files; the section is left out when this is not given. */
  readonly attachments?: readonly FiledAttachment[];
  /** Fetches and saves one file; a rejection is shown beside that file. Without it no button is shown. */
  readonly onDownload?: (attachment: FiledAttachment) => Promise<void> | void;
  /** The level of this view's top headings under the page's own (2 under the page's h1). Default 3. */
  readonly headingLevel?: 2 | 3 | 4;
};

export function FiledReferralView({
  document,
  catalogue,
  attachments,
  onDownload,
  headingLevel = 3,
}: FiledReferralViewProps) {
  const s = useFiledReferralViewStyles();
  const summary = useMemo(() => summarise(document, catalogue), [document, catalogue]);
  const FilesHeading = `h${headingLevel}` as const;
  return (
    <div className={s.root}>
      {attachments && (
        <>
          <FilesHeading className={s.h2}>Files sent</FilesHeading>
          <AttachmentList attachments={attachments} {...(onDownload ? { onDownload } : {})} />
        </>
      )}
      {summary.blocks.map((block, i) => (
        <BlockView key={i} block={block} base={headingLevel} />
      ))}
    </div>
  );
}
