// Apps reach data only through the API (docs/architecture.md): no database package, no database drivers.
// React's hook rules (including the React Compiler's checks of purity and refs) and Next's own rules.
import nextPlugin from "@next/eslint-plugin-next";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import base from "./base.js";

export default [
  ...base,
  reactHooks.configs.flat.recommended,
  nextPlugin.configs["core-web-vitals"],
  {
    // An app's tsconfig is Next's and holds only what the app ships; vitest.config.ts is read with the default
    // project (TypeScript's defaults), which is enough for a config file.
    files: ["**/*.ts", "**/*.tsx"],
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ["vitest.config.ts"] }, tsconfigRootDir: process.cwd() },
    },
  },
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@insats/db", "@insats/db/*"], message: "Apps reach data only through the API (@trpc/client)." },
            { group: ["postgres", "drizzle-orm", "drizzle-orm/*", "@electric-sql/pglite"], message: "Apps never open a database." },
          ],
        },
      ],
    },
  },
];
