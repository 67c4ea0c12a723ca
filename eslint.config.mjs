// Lint: TypeScript rules plus the direction of imports between the layers, so the architecture cannot quietly rot.
// docs/architecture.md explains each layer; the table below is the rule it states.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importPlugin from 'eslint-plugin-import';
import globals from 'globals';

const root = path.dirname(fileURLToPath(import.meta.url));

// What each layer may import, lowest first: domain ← catalogues, documents, cards ← graph, auth ← filing ← ui ← hosts;
// bot and cli sit beside ui. Nothing imports hosts, bot, cli or sandbox. "layer/file" lends one part of a layer only.
const MAY_IMPORT = {
  domain: [],
  catalogues: ['domain'],
  documents: ['domain'],
  cards: ['domain'],
  graph: ['domain', 'documents', 'cards', 'auth/token-source.ts'],
  // An address lookup service (OS Places): postcode → addresses → council, through the domain's council table.
  address: ['domain'],
  auth: ['domain', 'catalogues', 'documents', 'cards'],
  filing: ['domain', 'documents', 'graph'],
  ui: ['domain', 'catalogues', 'documents', 'cards', 'graph', 'address', 'auth', 'filing'],
  hosts: ['domain', 'catalogues', 'documents', 'cards', 'graph', 'address', 'auth', 'filing', 'ui'],
  // The bot reads its service bindings with the deployment environment's own schema.
  bot: ['domain', 'catalogues', 'documents', 'cards', 'graph', 'filing', 'auth/auth-config-env.ts'],
  // The package command checks a council's environment against the app configuration schema.
  cli: ['domain', 'catalogues', 'documents', 'cards', 'graph', 'filing', 'auth/auth-config*.ts'],
  // The sandbox speaks Graph's wire format with the gateway's own DTO schemas, and escapes its web view as mail is.
  sandbox: ['domain', 'catalogues', 'graph/dto', 'documents/html/escape-html.ts'],
};

const LAYERS = Object.keys(MAY_IMPORT);
const src = (name) => `./src/${name}`;
const layerOf = (entry) => entry.split('/')[0];

const layerZones = LAYERS.map((layer) => {
  const allowed = new Set([layer, ...MAY_IMPORT[layer].map(layerOf)]);
  const below = MAY_IMPORT[layer].length > 0 ? `only ${MAY_IMPORT[layer].join(', ')}` : 'no other layer';
  return {
    target: src(layer),
    from: LAYERS.filter((other) => !allowed.has(other)).map(src),
    message: `src/${layer} may import ${below}.`,
  };
});

// "layer/part": everything in that layer but the part is out of bounds.
const partZones = LAYERS.flatMap((layer) =>
  MAY_IMPORT[layer]
    .filter((entry) => entry.includes('/'))
    .map((entry) => {
      const [lender, ...rest] = entry.split('/');
      const part = rest.join('/');
      const message = `src/${layer} takes only ${part} from src/${lender}.`;
      return part.includes('*')
        ? { target: src(layer), from: `./src/${lender}/**`, except: [`**/src/${lender}/${part}`], message }
        : { target: src(layer), from: src(lender), except: [`./${part}`], message };
    }),
);

const engineZone = {
  target: src('graph'),
  from: ['./src/catalogues', './src/domain/eligibility', './src/domain/criteria'],
  message: 'The Graph gateway knows nothing of eligibility: no catalogue, no engine, no criteria.',
};

// A feature is imported by another feature only through its public face, its index.ts.
const featuresDir = path.join(root, 'src/ui/features');
const features = existsSync(featuresDir)
  ? readdirSync(featuresDir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
  : [];
const uiZones = [
  {
    target: ['./src/ui/components', './src/ui/state'],
    from: './src/ui/features',
    message: "Shared components and the card's state know no feature: features use them, not the other way round.",
  },
  {
    target: './src/ui/features',
    from: './src/ui/app',
    message: 'Features do not import the app shell: the shell puts the features together.',
  },
];
const featureZones = features.map((feature) => ({
  target: `./src/ui/features/${feature}`,
  from: features.filter((other) => other !== feature).map((other) => `./src/ui/features/${other}`),
  except: ['./index.ts'],
  message: 'A feature imports another feature only through its index.ts, never its inner files.',
}));

// Every name the eligibility engine exports, so the Graph gateway cannot reach it through the domain's index.ts.
const DECLARED = /^export (?:declare )?(?:async )?(?:function\*?|const|let|class|type|interface|enum) (\w+)/gm;
const LISTED = /^export (?:type )?\{([^}]*)\}/gm;
const exportedNames = (text) => [
  ...[...text.matchAll(DECLARED)].map(([, name]) => name),
  ...[...text.matchAll(LISTED)]
    .flatMap(([, list]) => list.split(','))
    .map((part) =>
      part
        .replace(/^\s*type\s+/, '')
        .split(/\s+as\s+/)
        .pop()
        .trim(),
    )
    .filter(Boolean),
];
const engineNames = [
  ...new Set(
    ['src/domain/eligibility', 'src/domain/criteria']
      .map((dir) => path.join(root, dir))
      .filter((dir) => existsSync(dir))
      .flatMap((dir) => readdirSync(dir, { recursive: true }).map((file) => path.join(dir, file)))
      .filter((file) => file.endsWith('.ts'))
      .flatMap((file) => exportedNames(readFileSync(file, 'utf8'))),
  ),
].sort();

// Found on 8 December 2026: with a new engine for each referral, this made Node's young-generation collections 7-20 ms.
const noLiteralAccessors = {
  selector: 'ObjectExpression > Property[kind=/^(get|set)$/]',
  message:
    'Use a class or a plain property, not a getter or setter in an object literal: V8 in Node 20 keeps those among ' +
    'long-lived objects, and through their closure all they reach, until a full collection (see createEngine).',
};

const noComponentsOutsideUi = {
  selector: 'Program',
  message: 'React components live under src/ui; this layer has no .tsx files.',
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'appPackage/**', 'coverage/**', '.sandbox/**', '.bot-state/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { import: importPlugin },
    settings: {
      'import/resolver': { typescript: { project: path.join(root, 'tsconfig.json') }, node: true },
      'import/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'import/no-restricted-paths': [
        'error',
        { basePath: root, zones: [...layerZones, ...partZones, engineZone, ...uiZones, ...featureZones] },
      ],
      'import/no-cycle': ['error', { maxDepth: 20 }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    // Code that runs in Node (the domain, filing, Graph, the bot, the sandbox, the command line).
    files: ['src/**/*.ts'],
    ignores: ['src/ui/**', 'src/hosts/**'],
    rules: { 'no-restricted-syntax': ['error', noLiteralAccessors] },
  },
  {
    // src/domain is pure: zod only, no browser, and the clock is a parameter.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!zod(/|$)|\\.\\.?/)',
              message: 'src/domain imports zod only.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'fetch', 'window', 'document', 'localStorage', 'indexedDB'],
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'src/domain takes the clock as a parameter; do not call Date.now().',
        },
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'src/domain takes the clock as a parameter; do not call new Date().',
        },
        noLiteralAccessors,
      ],
    },
  },
  {
    // A UK postcode is checked for format with a well-kept library; nothing offline maps it to a council.
    files: ['src/domain/contact/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!zod(/|$)|postcode$|\\.\\.?/)',
              message: 'src/domain/contact imports zod and postcode only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/graph/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)domain(/index)?$',
              importNames: engineNames,
              message: 'The Graph gateway knows nothing of eligibility: import no engine or criteria names.',
            },
          ],
        },
      ],
    },
  },
  {
    // ui never imports a host SDK: hosts hand it a HostContext.
    files: ['src/ui/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@microsoft/teams-js', '@microsoft/office-js', 'office-*'],
              message: 'ui gets host facts from HostContext, never from a host SDK.',
            },
          ],
        },
      ],
    },
  },
  {
    // Hosts are entry points: they start the host SDK and hand the card a HostContext; screens are drawn in src/ui.
    files: ['src/hosts/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@fluentui/*', '@griffel/*'],
              message: 'Hosts draw nothing themselves: components and styles live in src/ui.',
            },
          ],
        },
      ],
    },
  },
  {
    files: LAYERS.filter((layer) => layer !== 'ui' && layer !== 'hosts').map((layer) => `src/${layer}/**/*.tsx`),
    rules: { 'no-restricted-syntax': ['error', noComponentsOutsideUi] },
  },
  {
    files: ['src/cli/**/*.ts', 'src/sandbox/**/*.ts', 'bench/**/*', 'tests/**/*', 'scripts/**/*'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
