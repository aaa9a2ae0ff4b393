import { defineTestConfig } from "@insats/vitest-config";

export default defineTestConfig();
