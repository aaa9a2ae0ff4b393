// Apps reach data only through the API (docs/architecture.md): no database package, no database drivers.
import globals from "globals";
import base from "./base.js";

export default [
  ...base,
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
