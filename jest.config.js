/** Unit, conformance and CLI tests; TypeScript is compiled by swc (type-checking is `npm run typecheck`). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', tsx: true },
          target: 'es2022',
          transform: { react: { runtime: 'automatic' } },
        },
      },
    ],
  },
  // jose and strip-bom ship only ES modules; swc turns them into CommonJS for jest.
  transformIgnorePatterns: ['^(?!.*/node_modules/(jose|strip-bom)/).*/node_modules/'],
  testTimeout: 30000,
  // Compiled eligibility results compare as the plain results they stand for (tests/support/compiled-results.ts).
  setupFilesAfterEnv: ['<rootDir>/tests/support/compiled-results.ts'],
};
