'use strict';
// The rules of the page's one stylesheet that its build-time markup can use (critical CSS), for outlook.html: inlined
// in the page, they let the first screen paint without waiting for the whole stylesheet, which then loads without
// holding the first paint back (webpack.config.js, FirstPaintPlugin).
const postcss = require('postcss');

// Pseudo-classes whose argument does not have to match for the selector to match (:not(.a) matches without .a), or
// that list alternatives: the classes inside them are not required.
const FUNCTIONAL_PSEUDO = /:(?:not|is|where|has|matches|-webkit-any)\((?:[^()]|\((?:[^()]|\([^()]*\))*\))*\)/g;
const CLASS = /\.(-?[_a-zA-Z][\w-]*)/g;
const KEYFRAMES = /^(?:-webkit-)?keyframes$/i;

/** Every class name in the markup's class attributes (quoted or not, as a minifier leaves them). */
function classesIn(html) {
  const classes = new Set();
  for (const m of html.matchAll(/\sclass\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi))
    for (const name of (m[1] ?? m[2] ?? m[3]).split(/\s+/)) if (name) classes.add(name);
  return classes;
}

/** The class names an element, or its ancestors or siblings, must carry for the selector to match anything. */
function requiredClasses(selector) {
  return [...selector.replace(FUNCTIONAL_PSEUDO, '').matchAll(CLASS)].map((m) => m[1]);
}

/** The animation names a declaration refers to (animation or animation-name). */
function animationNames(decl) {
  return decl.value.split(/[\s,]+/).filter((word) => /^-?[_a-zA-Z][\w-]*$/.test(word));
}

/**
 * The rules of `css` that can match an element of `html`, in their order and inside their @media and @supports, with
 * the @keyframes they animate with. A rule stays when one of its selectors needs only classes the markup has; any
 * selector without a class stays. The order is kept, so the same rules loaded again later in the page cascade alike.
 */
function criticalCss(css, html) {
  const present = classesIn(html);
  const root = postcss.parse(css);
  root.walkRules((rule) => {
    if (rule.parent?.type === 'atrule' && KEYFRAMES.test(rule.parent.name)) return;
    const kept = rule.selectors.filter((s) => requiredClasses(s).every((name) => present.has(name)));
    if (kept.length === 0) rule.remove();
    else if (kept.length < rule.selectors.length) rule.selectors = kept;
  });
  const animated = new Set();
  root.walkDecls(/^(?:-webkit-)?animation(?:-name)?$/i, (decl) => animationNames(decl).forEach((n) => animated.add(n)));
  root.walkAtRules(KEYFRAMES, (atRule) => {
    if (!animated.has(atRule.params.trim())) atRule.remove();
  });
  // An @media left with no rules, then the @supports around it, and so on outwards.
  let emptied = true;
  while (emptied) {
    emptied = false;
    root.walkAtRules((atRule) => {
      if (!atRule.nodes || atRule.nodes.length > 0) return;
      atRule.remove();
      emptied = true;
    });
  }
  return root.toString();
}

module.exports = { criticalCss, classesIn, requiredClasses };
