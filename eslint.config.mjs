// Lint: TypeScript rules plus the import direction of DESIGN.md §2, so the architecture cannot quietly rot.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importPlugin from 'eslint-plugin-import';
import globals from 'globals';

const layer = (...names) => names.map((n) => `./src/${n}`);

// DESIGN.md §2: domain ← catalogues, documents, cards ← graph, auth ← ui ← hosts;
// bot and cli use the lower layers; nothing imports hosts, bot, cli or sandbox.
const zones = [
  {
    target: './src/domain',
    from: layer('catalogues', 'documents', 'cards', 'graph', 'auth', 'ui', 'hosts', 'bot', 'cli', 'sandbox'),
  },
  {
    target: layer('catalogues', 'documents', 'cards'),
    from: layer('graph', 'auth', 'ui', 'hosts', 'bot', 'cli', 'sandbox'),
  },
  { target: layer('graph', 'auth'), from: layer('ui', 'hosts', 'bot', 'cli', 'sandbox') },
  { target: './src/ui', from: layer('hosts', 'bot', 'cli', 'sandbox') },
  { target: layer('bot', 'cli'), from: layer('ui', 'hosts', 'sandbox') },
  // The sandbox shares only DTO schemas with the Graph gateway.
  { target: './src/sandbox', from: './src/graph', except: ['./dto'] },
  { target: './src/sandbox', from: layer('auth', 'ui', 'hosts', 'bot', 'cli') },
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'appPackage/**', 'coverage/**', '.sandbox/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { import: importPlugin },
    settings: {
      'import/resolver': { typescript: { project: './tsconfig.json' }, node: true },
      'import/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'import/no-restricted-paths': ['error', { zones }],
      'import/no-cycle': ['error', { maxDepth: 20 }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    // src/domain is pure: zod only (and date-holidays for the calendar, per the domain-core issue).
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!zod(/|$)|\\.\\.?/)',
              message: 'src/domain imports zod only (and date-holidays in calendar/).',
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
      ],
    },
  },
  {
    // The working-day calendar reads England and Wales bank holidays from date-holidays (domain-core issue).
    files: ['src/domain/calendar/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!zod(/|$)|date-holidays$|\\.\\.?/)',
              message: 'src/domain/calendar imports zod and date-holidays only.',
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
    files: ['src/cli/**/*.ts', 'src/sandbox/**/*.ts', 'bench/**/*', 'tests/**/*'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
