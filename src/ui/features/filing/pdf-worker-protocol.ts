// The messages between the page and the PDF worker (plain data: structured clone).
export type PdfRequest = {
  readonly id: number;
  readonly doc: unknown;
  readonly catalogue: unknown;
  readonly fontUrl: string;
  readonly boldFontUrl: string;
};
/** `network`: the font could not be fetched (offline); otherwise the renderer failed. No content, ever. */
export type PdfReply =
  | { readonly id: number; readonly ok: true; readonly pdf: Uint8Array }
  | { readonly id: number; readonly ok: false; readonly network: boolean };
