import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: [
      { find: /^~db\//, replacement: `${path.resolve("db")}/` },
      { find: /^~emails\//, replacement: `${path.resolve("emails")}/` },
      { find: /^~\//, replacement: `${path.resolve("app")}/` },
    ],
  },
  esbuild: { jsx: "automatic" },
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/integration/**/*.test.ts"],
    setupFiles: ["tests/support/setup.ts"],
    environment: "node",
    pool: "forks",
    testTimeout: 60_000,
  },
});
