// Types for what scripts/critical-css.js exports, so its tests are type-checked.
/** Every class name in the markup's class attributes. */
export function classesIn(html: string): Set<string>;
/** The class names an element, or its ancestors or siblings, must carry for the selector to match anything. */
export function requiredClasses(selector: string): string[];
/** The rules of `css` that can match an element of `html`, in their order, with their @media and @keyframes. */
export function criticalCss(css: string, html: string): string;
