/** @type {import('jest').Config} */
module.exports = {
  rootDir: __dirname,
  testMatch: ["<rootDir>/**/*.test.ts"],
  // .tsx: the app's components, rendered in the app's unit tests.
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "<rootDir>/tsconfig.json" }] },
  globalSetup: "<rootDir>/support/globalSetup.ts",
  globalTeardown: "<rootDir>/support/globalTeardown.ts",
  testTimeout: 120000,
  maxWorkers: 2,
};
