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
  testTimeout: 60000,
  // A browser, a LibreOffice or a server left running by a failed test must not keep CI waiting.
  forceExit: true,
};
