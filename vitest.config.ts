import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts", "tests/**/*.test.tsx"],
    globalSetup: ["tests/support/global-setup.ts"],
    testTimeout: 60_000,
    // Set-up starts whole apps on PGlite; on a busy 2-core machine that can take a minute or more.
    hookTimeout: 180_000,
    pool: "forks",
    maxWorkers: 2,
  },
});
