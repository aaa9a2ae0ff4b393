import { defineTestConfig } from "@insats/vitest-config";
import { fileURLToPath } from "node:url";

export default defineTestConfig({
  resolve: { alias: { "@": fileURLToPath(new URL("./src", import.meta.url)) } },
});
