// Shared ESLint flat config. The parser uses TypeScript 6 (the last line with a JavaScript API,
// which typescript-eslint needs); the packages themselves type-check with TypeScript 7.
//
// typescript-eslint's type-checked recommended set: it reads each file's types through the project service, so
// it finds floating promises, misused async callbacks and unsafe `any` flows that syntax alone cannot see.
import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

export const ignores = {
  ignores: ["**/dist/**", "**/.next/**", "**/.turbo/**", "**/node_modules/**", "**/.test-results/**", "**/*.d.ts"],
};

export default tseslint.config(
  ignores,
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: "module",
      globals: { ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: process.cwd() },
    },
    rules: {
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // A `!` is a claim the compiler cannot check; say what is missing instead (throw, or narrow).
      "@typescript-eslint/no-non-null-assertion": "error",
      // `async` without `await` is how an implementation of a Promise-returning contract (tRPC's parseAsync, the
      // compute pool, better-auth's hooks) turns a synchronous throw into a rejection; dropping it changes behaviour.
      "@typescript-eslint/require-await": "off",
      "no-console": ["error", { allow: ["warn", "error", "info"] }],
      eqeqeq: ["error", "always"],
    },
  },
  {
    // In a test a wrong `!` fails that test at once, with a TypeError at the line; the rule guards shipped code.
    // Vitest's asymmetric matchers (`expect.any(Number)`, `expect.objectContaining(...)`) are typed `any` by
    // design, so the unsafe-any rules would flag every expectation that uses one.
    files: ["**/*.test.ts", "**/*.test.tsx", "**/*.bench.ts", "**/*.spec.ts", "**/testing/**/*.ts"],
    rules: {
      "@typescript-eslint/no-non-null-assertion": "off",
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
    },
  },
  {
    // Configuration and scripts in plain JavaScript are in no tsconfig: syntax rules only.
    files: ["**/*.js", "**/*.mjs", "**/*.cjs"],
    ...tseslint.configs.disableTypeChecked,
  },
);
