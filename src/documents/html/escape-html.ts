import { visibleText } from '../text/visible-text';

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes the five characters that can end a text node or an attribute value. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** Text as HTML: hidden characters made visible, escaped, line breaks kept. */
export const textHtml = (text: string): string => escapeHtml(visibleText(text)).replace(/\n/g, '<br>');
