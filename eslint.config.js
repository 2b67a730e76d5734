// ESLint (flat config): TypeScript's recommended rules, React's rules of hooks, and
// Prettier for layout (eslint-config-prettier turns off the rules it owns).
import js from "@eslint/js";
import prettier from "eslint-config-prettier";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["build/", "public/build/", ".cache/", "data/", "tests/.tmp/", "test-results/", "playwright-report/", "node_modules/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx,js,mjs}"],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    plugins: { "react-hooks": reactHooks },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "warn",
      // Unused names starting with _ are deliberate (destructuring a field away, an unused argument).
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
      // Route modules and tests hand Kysely and Remix values whose types are generic on purpose.
      "@typescript-eslint/no-explicit-any": "off",
    },
  },
  {
    // zod (≈ 90 KB gzip) stays out of the browser: schemas live in `.server.ts` modules, which the
    // Remix compiler leaves out of the client bundle. A route file imports its schemas from one; a
    // module-level `z.object(…)` in a route or in anything a component imports would ship zod.
    files: ["app/**/*.{ts,tsx}"],
    ignores: ["app/**/*.server.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [{ name: "zod", message: "zod only in *.server.ts(x) modules: it would reach the browser (README, Performance)." }],
          patterns: [{ group: ["zod/*"], message: "zod only in *.server.ts(x) modules: it would reach the browser (README, Performance)." }],
        },
      ],
    },
  },
  prettier,
);
