/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/src", "<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "<rootDir>/tsconfig.test.json", diagnostics: false }],
  },
  setupFilesAfterEnv: ["<rootDir>/test/setup.ts"],
  reporters: ["default", "<rootDir>/test/ci-summary-reporter.cjs"],
  // Coverage counts every file of src/ (a file no test loads counts as uncovered), not only the files a run
  // happens to load. `npm test` turns it on (--coverage); a run of a few files (npx jest path) stays fast.
  collectCoverageFrom: ["src/**/*.{ts,tsx}", "!src/**/*.test.{ts,tsx}", "!src/**/*.testkit.ts", "!src/**/*.d.ts"],
  coverageReporters: ["text-summary", "json-summary"],
  // The floor CI enforces (README, "Run the tests"): the whole suite over all of src/ measured 91.1 % of
  // statements, 79.3 % of branches, 89.4 % of functions, 93.4 % of lines (3 December 2026, with PostgreSQL); the
  // floor leaves room for the PostgreSQL suites being skipped on a machine without it.
  coverageThreshold: { global: { statements: 87, branches: 75, functions: 85, lines: 89 } },
  testTimeout: 60000,
  // A browser, a LibreOffice or a server left running by a failed test must not keep CI waiting.
  forceExit: true,
};
