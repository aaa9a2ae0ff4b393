// Apps reach data only through the API (docs/architecture.md): no database package, no database drivers.
// The apps' `lint` script runs `next typegen` first: route props (PageProps), next/root-params and typed routes
// are generated types, without which the type-aware rules see error types on every page.
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
