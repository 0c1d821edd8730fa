// Kept in step with package.json by a test (tests/version.test.ts).
export const VERSION = '0.1.0';
