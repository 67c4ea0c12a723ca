// How the panel names a citation's source: the catalogue's words for the document (citationWords), never the file
// name it keeps for audit. The panel provides it once, so rows need no catalogue of their own.
import { createContext, useContext } from 'react';
import type { Citation } from '../../../domain';

export type CitationText = (citation: Citation) => string;

/** Without a catalogue to name the document, the section heading alone. */
const sectionOnly: CitationText = (c) => `‘${c.section}’`;

export const CitationWordsContext = createContext<CitationText>(sectionOnly);

export const useCitationWords = (): CitationText => useContext(CitationWordsContext);
