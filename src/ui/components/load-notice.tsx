import { Button } from '@fluentui/react-components';
import { useLoadNoticeStyles } from './load-notice.styles';

export type LoadNoticeProps = {
  /** What is loading, in words ("Loading the services…"). */
  readonly loading: string;
  /** Set when loading failed: what happened and what to do. */
  readonly failed?: string;
  readonly onRetry?: () => void;
  /** Shown, not announced: another notice already alerts the same failure (one alert per failure, not three). */
  readonly quiet?: boolean;
};

/** A part of the card that loads after the first screen: says so, and says so plainly if it could not. */
export function LoadNotice({ loading, failed, onRetry, quiet }: LoadNoticeProps) {
  const s = useLoadNoticeStyles();
  if (!failed)
    return (
      <p role="status" className={s.text}>
        {loading}
      </p>
    );
  return (
    <div {...(quiet ? {} : { role: 'alert' })} className={s.failed}>
      <p className={s.text}>{failed}</p>
      {onRetry && <Button onClick={onRetry}>Try again</Button>}
    </div>
  );
}
