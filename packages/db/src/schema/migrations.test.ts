// The committed migrations must be exactly what drizzle-kit generates from the schema: a schema change without
// `pnpm db:generate` fails here rather than at someone's start-up.
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

import { describe, expect, it } from "vitest";

import { migrationsFolder } from "../migrate.ts";

const packageDir = fileURLToPath(new URL("../..", import.meta.url));

describe("committed migrations", () => {
  it("list every SQL file in the journal", () => {
    const journal = JSON.parse(readFileSync(join(migrationsFolder, "meta", "_journal.json"), "utf8")) as {
      entries: { tag: string }[];
    };
    const files = readdirSync(migrationsFolder).filter((name) => name.endsWith(".sql"));
    expect(journal.entries.map((entry) => `${entry.tag}.sql`)).toEqual(files.sort());
  });

  it("match the schema (drizzle-kit generates nothing new)", () => {
    const scratch = mkdtempSync(join(tmpdir(), "insats-db-drift-"));
    try {
      cpSync(migrationsFolder, scratch, { recursive: true });
      const before = readdirSync(scratch).length;
      // drizzle-kit wants a relative output folder.
      const output = execFileSync(
        join(packageDir, "node_modules", ".bin", "drizzle-kit"),
        [
          "generate",
          "--dialect=postgresql",
          "--schema=./src/schema/index.ts",
          `--out=${relative(packageDir, scratch)}`,
          "--casing=snake_case",
        ],
        { cwd: packageDir, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] },
      );
      expect(output).toContain("No schema changes");
      expect(readdirSync(scratch)).toHaveLength(before);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});
