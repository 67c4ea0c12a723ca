// A reason's source, shown on demand so the list stays short: the document by name and its section heading.
// Phrasing content only (spans), so it can sit inside the reason's own line.
import { Button } from '@fluentui/react-components';
import type { Citation } from '../../../domain';
import { useCitationWords } from './citation-words-context';
import { useDisclosure } from './use-disclosure';
import { useServiceRowStyles } from './service-row.styles';

export function CitationDisclosure(props: { citation: Citation; describedBy?: string }) {
  const styles = useServiceRowStyles();
  const { open, buttonProps, regionProps } = useDisclosure();
  const citationWords = useCitationWords();
  return (
    <>
      <Button
        appearance="subtle"
        size="small"
        className={styles.inlineButton}
        aria-describedby={props.describedBy}
        {...buttonProps}
      >
        {open ? 'Hide source' : 'Show source'}
      </Button>
      <span {...regionProps} className={styles.source}>
        {open && (
          <>
            <span className={styles.block}>Source: {citationWords(props.citation)}</span>
            {props.citation.note && <span className={styles.block}>{props.citation.note}</span>}
          </>
        )}
      </span>
    </>
  );
}
