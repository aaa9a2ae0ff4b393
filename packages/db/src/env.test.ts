import { describe, expect, it } from "vitest";

import { readEnv } from "./env.ts";

describe("readEnv", () => {
  it("treats unset and blank variables as absent", () => {
    expect(readEnv({})).toEqual({});
    expect(readEnv({ DATABASE_URL: "", PGLITE_DIR: " ", TEST_DATABASE_URL: "" })).toEqual({});
  });

  it("accepts postgres URLs and a PGlite directory", () => {
    expect(
      readEnv({
        DATABASE_URL: "postgresql://app:secret@db:5432/insats",
        PGLITE_DIR: "/var/lib/insats/pglite",
      }),
    ).toEqual({
      DATABASE_URL: "postgresql://app:secret@db:5432/insats",
      PGLITE_DIR: "/var/lib/insats/pglite",
    });
    expect(
      readEnv({ TEST_DATABASE_URL: "postgres://postgres@127.0.0.1:55432/postgres" }).TEST_DATABASE_URL,
    ).toBe("postgres://postgres@127.0.0.1:55432/postgres");
  });

  it("reads the standbys' URLs as a comma-separated list, refusing one that is not PostgreSQL's", () => {
    expect(readEnv({ DATABASE_READ_URLS: " " }).DATABASE_READ_URLS).toBeUndefined();
    expect(
      readEnv({ DATABASE_READ_URLS: "postgres://r1:5432/insats, postgres://r2:5432/insats," })
        .DATABASE_READ_URLS,
    ).toEqual(["postgres://r1:5432/insats", "postgres://r2:5432/insats"]);
    expect(() => readEnv({ DATABASE_READ_URLS: "postgres://r1/insats,http://r2/insats" })).toThrow(
      /DATABASE_READ_URLS/,
    );
  });

  it("accepts Kolada's API URL over http(s) only", () => {
    expect(readEnv({ KOLADA_API_URL: "http://127.0.0.1:4681/v3" }).KOLADA_API_URL).toBe(
      "http://127.0.0.1:4681/v3",
    );
    expect(() => readEnv({ KOLADA_API_URL: "ftp://api.kolada.se/v3" })).toThrow(/KOLADA_API_URL/);
  });

  it("rejects a URL that is not PostgreSQL's, naming the variable but not the value", () => {
    expect(() => readEnv({ DATABASE_URL: "mysql://user:hunter2@db/insats" })).toThrow(/DATABASE_URL/);
    expect(() => readEnv({ DATABASE_URL: "mysql://user:hunter2@db/insats" })).not.toThrow(/hunter2/);
  });
});
