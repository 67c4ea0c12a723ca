import type { JSDOM } from 'jsdom';

/** jsdom has no innerText, which the Adaptive Cards renderer sets; a browser's behaves like this for plain text. */
export function withInnerText(dom: JSDOM): JSDOM {
  Object.defineProperty(dom.window.HTMLElement.prototype, 'innerText', {
    configurable: true,
    get(this: HTMLElement) {
      return this.textContent;
    },
    set(this: HTMLElement, value: string) {
      this.textContent = value;
    },
  });
  return dom;
}
