/**
 * The words of a message body: an HTML body (a reply from Outlook, say) loses its markup, scripts and styles; runs of
 * spaces fold, lines keep their breaks. For reading, never for showing as HTML: the result is not escaped.
 */
export function bodyText(content: string, contentType: string): string {
  const text = /^html$/i.test(contentType)
    ? content
        .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, ' ')
        .replace(/<br\s*\/?>|<\/p>/gi, '\n')
        .replace(/<[^>]*>/g, ' ')
        .replace(/&nbsp;/g, ' ')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/&amp;/g, '&')
    : content;
  return text
    .replace(/[ \t\r\f\v]+/g, ' ')
    .replace(/ ?\n\s*/g, '\n')
    .trim();
}
