// The embedded database on disk: its data-directory lock across processes, and migrations on a reopened directory.
import { execFile, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

import { afterAll, describe, expect, it } from "vitest";

import { createDb, DataDirectoryError, defaultPgliteDir } from "./client.ts";
import { DatabaseLockedError } from "./data-directory-lock.ts";
import { readEnv } from "./env.ts";
import { migrate, migrationsFolder } from "./migrate.ts";
import { getOrganisationBySlug, upsertOrganisations } from "./queries/organisations.ts";

const packageDir = fileURLToPath(new URL("..", import.meta.url));
const testDatabaseUrl = readEnv().TEST_DATABASE_URL;
const openScript = fileURLToPath(new URL("./testing/open-pglite.ts", import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), "insats-db-lock-"));

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

interface ChildResult {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Opens the directory from another Node process, as a second API server would. */
function openInChild(dir: string, ...flags: string[]): Promise<ChildResult> {
  const started = Date.now();
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ["--import", "tsx", openScript, dir, ...flags],
      { cwd: packageDir, timeout: 60_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : null) : 0;
        resolve({ code, stdout, stderr, ms: Date.now() - started });
      },
    );
  });
}

describe("PGlite data directory", { timeout: 90_000 }, () => {
  it("creates the directory, refuses a second process fast with a clear message, and reopens after close", async () => {
    const dir = join(scratch, "nested", "pglite");
    const first = await createDb({ pgliteDir: dir });
    try {
      expect(first.kind).toBe("pglite");
      expect(existsSync(dir)).toBe(true);
      expect(existsSync(`${dir}.lock`)).toBe(true);
      await migrate(first);
      await upsertOrganisations(first.db, {
        organisations: [{ slug: "persisted", kind: "municipality", nameSv: "Sparad kommun" }],
      });

      const refused = await openInChild(dir);
      expect(refused.code).toBe(3);
      expect(refused.stdout).not.toContain("opened");
      expect(refused.stderr).toContain(
        `The PGlite data directory ${dir} is in use by process ${process.pid}`,
      );
      expect(refused.stderr).toContain("PGLITE_DIR");
      // Node and tsx start-up included; the lock is checked before PGlite loads.
      expect(refused.ms).toBeLessThan(15_000);

      await expect(createDb({ pgliteDir: dir })).rejects.toBeInstanceOf(DatabaseLockedError);
    } finally {
      await first.close();
    }
    expect(existsSync(`${dir}.lock`)).toBe(false);

    const opened = await openInChild(dir);
    expect(opened).toMatchObject({ code: 0 });
    expect(opened.stdout).toContain("opened");

    const again = await createDb({ pgliteDir: dir });
    try {
      await migrate(again);
      expect(await getOrganisationBySlug(again.db, { slug: "persisted" })).toMatchObject({
        name: { sv: "Sparad kommun" },
      });
    } finally {
      await again.close();
    }
  });

  it("releases the lock when the process exits without closing", async () => {
    const dir = join(scratch, "exit");
    const result = await openInChild(dir, "--exit");
    expect(result).toMatchObject({ code: 0 });
    expect(existsSync(`${dir}.lock`)).toBe(false);
  });

  it("takes over a stale lock whose process is gone, and respects one from another host", async () => {
    const dir = join(scratch, "stale");
    const gone = spawnSync(process.execPath, ["-e", ""]);
    expect(gone.status).toBe(0);
    const lock = (pid: number, host: string) =>
      writeFileSync(
        `${dir}.lock`,
        JSON.stringify({ pid, hostname: host, token: "x", acquiredAt: "2020-01-01" }),
      );

    lock(gone.pid ?? 999_999_999, hostname());
    const handle = await createDb({ pgliteDir: dir });
    await handle.close();
    expect(existsSync(`${dir}.lock`)).toBe(false);

    lock(1, `${hostname()}-elsewhere`);
    const error: unknown = await createDb({ pgliteDir: dir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatabaseLockedError);
    expect(error).toMatchObject({ holderPid: 1, dataDir: dir });
  });

  it("defaults to .data/pglite in the repository root", () => {
    const root = fileURLToPath(new URL("../../..", import.meta.url));
    expect(defaultPgliteDir()).toBe(join(root, ".data", "pglite"));
  });
});

describe("an unusable PGlite directory", () => {
  it("says that a damaged directory is damaged and what to do, instead of PGlite's bare failure", async () => {
    const dir = join(scratch, "damaged");
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "PG_VERSION"), "not a version\n");
    const error: unknown = await createDb({ pgliteDir: dir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataDirectoryError);
    expect((error as Error).message).toContain(`The PGlite data directory ${dir} could not be opened`);
    expect((error as Error).message).toContain(`mv ${dir} ${dir}.damaged`);
    // The lock is released, so the advice (move it aside, start again) works at once.
    expect(existsSync(`${dir}.lock`)).toBe(false);
  });

  it("fails its health read once the directory's files are gone, though memory could still answer", async () => {
    const dir = join(scratch, "vanishing");
    const handle = await createDb({ pgliteDir: dir });
    try {
      await migrate(handle.db);
      await expect(handle.ping()).resolves.toBeUndefined();
      rmSync(dir, { recursive: true, force: true });
      await expect(handle.ping()).rejects.toThrow(/PG_VERSION/);
    } finally {
      await handle.close().catch(() => {});
    }
    // Migrating a PGlite on disk takes several seconds, and more on a busy machine.
  }, 120_000);
});

describe("importing the package", () => {
  it("opens nothing: a process that only imports it has no handles and exits by itself", () => {
    const entry = fileURLToPath(new URL("./index.ts", import.meta.url));
    const result = spawnSync(
      process.execPath,
      [
        "--import",
        "tsx",
        "--input-type=module",
        "-e",
        `await import(${JSON.stringify(entry)}); console.log(JSON.stringify(process.getActiveResourcesInfo()));`,
      ],
      { cwd: packageDir, encoding: "utf8", timeout: 30_000 },
    );
    expect(result.status).toBe(0);
    const resources = JSON.parse(result.stdout.trim().split("\n").at(-1) ?? "[]") as string[];
    expect(resources.filter((name) => !["TTYWrap", "PipeWrap"].includes(name))).toEqual([]);
  });
});

describe.runIf(testDatabaseUrl)("PostgreSQL start-up", () => {
  it("replicas migrating at the same time all succeed, and each migration runs once", async () => {
    const adminUrl = testDatabaseUrl ?? "";
    const name = `insats_test_migrate_${randomBytes(4).toString("hex")}`;
    const admin = await createDb({ databaseUrl: adminUrl });
    await admin.client.unsafe(`create database "${name}"`);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    const replicas = await Promise.all([1, 2, 3, 4].map(() => createDb({ databaseUrl: url.toString() })));
    try {
      await Promise.all(replicas.map((replica) => migrate(replica)));
      const journal = JSON.parse(readFileSync(join(migrationsFolder, "meta", "_journal.json"), "utf8")) as {
        entries: unknown[];
      };
      const [row] = await replicas[0]!.client<
        { n: number }[]
      >`select count(*)::int as n from drizzle.__drizzle_migrations`;
      expect(row?.n).toBe(journal.entries.length);
    } finally {
      await Promise.all(replicas.map((replica) => replica.close()));
      await admin.client.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.close();
    }
  });
});
