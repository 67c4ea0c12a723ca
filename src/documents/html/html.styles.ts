// Inline styles only: email clients drop <style> blocks and external sheets. Colours meet WCAG 2.2 AA on white.
export const STYLES = {
  body: "margin:0;padding:16px;font-family:'Segoe UI',Arial,Helvetica,sans-serif;font-size:14px;line-height:1.5;color:#1b1b1b;background-color:#ffffff;overflow-wrap:anywhere;word-break:break-word",
  marking: 'margin:0 0 12px;font-weight:bold;letter-spacing:0.05em;color:#a4262c',
  notice: 'margin:0 0 16px;padding:12px 16px;border-left:4px solid #8a5a00;background-color:#fff4ce;color:#1b1b1b',
  h1: 'margin:8px 0 12px;font-size:22px;line-height:1.3',
  h2: 'margin:24px 0 8px;padding-bottom:4px;font-size:18px;line-height:1.3;border-bottom:1px solid #8a8886',
  h3: 'margin:16px 0 6px;font-size:15px;line-height:1.3',
  paragraph: 'margin:0 0 8px',
  table: 'border-collapse:collapse;width:100%;margin:0 0 8px',
  th: 'text-align:left;vertical-align:top;font-weight:600;color:#424242;padding:4px 12px 4px 0;width:35%',
  td: 'vertical-align:top;padding:4px 0',
  list: 'margin:0 0 8px;padding-left:24px',
} as const;
