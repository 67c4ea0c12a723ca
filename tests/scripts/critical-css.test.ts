// The rules of the page's stylesheet that outlook.html inlines for its first screen (scripts/critical-css.js).
import { criticalCss, classesIn, requiredClasses } from '../../scripts/critical-css';

const html = '<div class="a b"><span class=c>x</span><p class=\'d\'></p><i class></i></div>';

describe('criticalCss', () => {
  it('reads class names from quoted and unquoted attributes, and an empty one', () => {
    expect([...classesIn(html)].sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(classesIn('<div data-class="z" classy="y"></div>').size).toBe(0);
  });

  it('keeps the rules the markup can use, in their order, and drops the others', () => {
    const css = '.a{color:red}.z{color:blue}.b:hover{color:green}.a .c{margin:0}.a .z{margin:1px}.b::after{content:""}';
    expect(criticalCss(css, html)).toBe('.a{color:red}.b:hover{color:green}.a .c{margin:0}.b::after{content:""}');
  });

  it('keeps from a selector list only the selectors the markup can match', () => {
    expect(criticalCss('.z,.a,.y{color:red}', html)).toBe('.a{color:red}');
  });

  it('does not require a class named inside :not(), which matches without it', () => {
    expect(requiredClasses('.a:not(.z):hover~.c')).toEqual(['a', 'c']);
    expect(criticalCss('.a:not(.z){color:red}.y:not(.a){color:blue}', html)).toBe('.a:not(.z){color:red}');
  });

  it('keeps a rule with no class (an element or attribute selector)', () => {
    expect(criticalCss('[data-x]{color:red}p{margin:0}', html)).toBe('[data-x]{color:red}p{margin:0}');
  });

  it('keeps @media and @supports around the rules kept, and drops those left empty', () => {
    const css =
      '@media (max-width: 480px){.a{padding:0}.z{padding:1px}}@media print{.z{color:red}}' +
      '@supports (display:grid){@media (forced-colors: active){.z{color:red}}}';
    expect(criticalCss(css, html)).toBe('@media (max-width: 480px){.a{padding:0}}');
  });

  it('keeps only the @keyframes a kept rule animates with', () => {
    const css =
      '.a{animation-name:spin}@keyframes spin{0%{opacity:0}to{opacity:1}}' +
      '.z{animation-name:fade}@keyframes fade{0%{opacity:1}to{opacity:0}}.c{animation:1s linear pulse}@keyframes pulse{0%{opacity:0}}';
    expect(criticalCss(css, html)).toBe(
      '.a{animation-name:spin}@keyframes spin{0%{opacity:0}to{opacity:1}}.c{animation:1s linear pulse}@keyframes pulse{0%{opacity:0}}',
    );
  });

  it('gives nothing for markup without classes, and fails on CSS it cannot read', () => {
    expect(criticalCss('.a{color:red}', '<p>x</p>')).toBe('');
    expect(() => criticalCss('.a{color:red', html)).toThrow();
  });
});
