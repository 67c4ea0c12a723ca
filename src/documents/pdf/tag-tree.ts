import type { StructNode } from './structure';

type Pdf = PDFKit.PDFDocument;
type Element = PDFKit.PDFStructureElement;
// pdfkit writes /A << /O /Table /Scope … >> for `scope`; its type declarations do not list the option.
type ElementOptions = { readonly scope?: 'Row' | 'Column'; readonly actual?: string };

/**
 * referral.pdf's structure tree, built as the page is drawn: Document at the root, then the summary's elements in
 * reading order. Everything drawn is either content of an element or an artifact (running header and footer,
 * rules and bars), so no page content is untagged.
 */
export class TagTree {
  private readonly root: Element;
  private readonly elements = new Map<StructNode, Element>();

  constructor(private readonly pdf: Pdf) {
    this.root = pdf.struct('Document');
    pdf.addStructure(this.root);
  }

  /** The element of `node`, created (with its parents) the first time it is needed: creation order is reading order. */
  open(node: StructNode): Element {
    let element = this.elements.get(node);
    if (element) return element;
    const options: ElementOptions = {
      ...(node.scope ? { scope: node.scope } : {}),
      ...(node.actual ? { actual: node.actual } : {}),
    };
    element = this.pdf.struct(node.type, options as PDFKit.Mixins.StructureElementOptions);
    (node.parent ? this.open(node.parent) : this.root).add(element);
    this.elements.set(node, element);
    return element;
  }

  /** Draws `draw` as marked content of `node`'s element (one piece of it: an element may run across pages). */
  content(node: StructNode, draw: () => void): void {
    const marked = this.pdf.markStructureContent(node.type);
    draw();
    this.pdf.endMarkedContent();
    this.open(node).add(marked);
  }

  /** Draws `draw` as an artifact: what a screen reader skips (page furniture and decoration). */
  artifact(type: 'Pagination' | 'Layout', draw: () => void): void {
    this.pdf.markContent('Artifact', { type });
    draw();
    this.pdf.endMarkedContent();
  }

  /** Closes every element: the tree is written when the document ends. */
  end(): void {
    this.root.end();
  }
}
