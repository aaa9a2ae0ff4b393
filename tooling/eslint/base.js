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
      "no-console": ["error", { allow: ["warn", "error", "info"] }],
      eqeqeq: ["error", "always"],
    },
  },
  {
    // Configuration and scripts in plain JavaScript are in no tsconfig: syntax rules only.
    files: ["**/*.js", "**/*.mjs", "**/*.cjs"],
    ...tseslint.configs.disableTypeChecked,
  },
);
