import { ProgressBar } from '@fluentui/react-components';
import { useId } from 'react';
import type { AttachmentView } from '../../../filing';
import { useFilingScreenStyles } from './filing.styles';
import { formatBytes } from '../../../domain';

/** One attachment's upload: a labelled progress bar with the bytes sent so far. */
export function AttachmentProgress({ attachment }: { readonly attachment: AttachmentView }) {
  const s = useFilingScreenStyles();
  const id = useId();
  const { name, sentBytes, totalBytes } = attachment;
  const done = totalBytes > 0 ? Math.min(1, sentBytes / totalBytes) : sentBytes > 0 ? 1 : 0;
  const words = `${formatBytes(sentBytes)} of ${formatBytes(totalBytes)}`;
  return (
    <li className={s.progress}>
      <span id={id} className={s.text}>
        {name}
      </span>
      <ProgressBar value={done} max={1} aria-labelledby={id} aria-valuetext={`${words} sent`} thickness="large" />
      <span className={s.muted}>{words}</span>
    </li>
  );
}
