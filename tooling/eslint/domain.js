// The domain package is pure: it runs in Node and in the browser, and knows nothing of I/O, frameworks,
// higher packages, the clock or randomness (docs/architecture.md). Time and randomness are arguments.
import globals from "globals";
import base from "./base.js";

const forbiddenModules = [
  { group: ["node:*"], message: "@insats/domain runs in the browser too: no Node built-ins." },
  { group: ["@insats/db", "@insats/db/*", "@insats/api", "@insats/api/*"], message: "The domain depends on nothing above it." },
  { group: ["react", "react-dom", "next", "next/*"], message: "The domain knows no UI framework." },
];
const nodeBuiltins = ["fs", "fs/promises", "path", "os", "child_process", "http", "https", "net", "crypto", "url", "worker_threads"];

export default [
  ...base,
  {
    // tsconfig.json covers only the shipped source; tsconfig.test.json (which typecheck also runs) covers the
    // tests, benches, scripts and the vitest config too, so type-aware rules read every file with its real types.
    files: ["**/*.ts"],
    languageOptions: { parserOptions: { projectService: false, project: ["./tsconfig.test.json"] } },
  },
  {
    files: ["src/**/*.ts"],
    ignores: ["src/**/*.test.ts", "src/**/*.bench.ts"],
    languageOptions: { globals: { ...globals["shared-node-browser"] } },
    rules: {
      "no-restricted-imports": ["error", { paths: nodeBuiltins, patterns: forbiddenModules }],
      "no-restricted-globals": [
        "error",
        { name: "process", message: "Pass configuration in as an argument." },
        { name: "Buffer", message: "Use Uint8Array; Buffer is Node-only." },
        { name: "fetch", message: "The domain does no I/O." },
      ],
      "no-restricted-properties": [
        "error",
        { object: "Math", property: "random", message: "Pass a seed; results must be reproducible." },
        { object: "Date", property: "now", message: "Pass the time in as an argument." },
      ],
    },
  },
];
