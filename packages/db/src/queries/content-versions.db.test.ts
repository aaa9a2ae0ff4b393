// The history of showcase content: every write leaves a version with its content, who made it and when.
import { type NewsItemInput } from "@insats/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestDatabase, type TestDatabase } from "../testing/database.ts";
import { createTestTenant, type TestTenant } from "../testing/tenant.ts";
import {
  createPreviewToken,
  getContentVersion,
  latestContentChanges,
  listContentVersions,
  PREVIEW_TOKEN_SECONDS,
  resolvePreviewToken,
} from "./content-versions.ts";
import { createNewsItem, setNewsItemPublished, updateNewsItem } from "./news.ts";
import { newsItemOfRecord } from "./outputs.ts";

let t: TestDatabase;
let a: TestTenant;
let b: TestTenant;

beforeAll(async () => {
  t = await createTestDatabase();
  a = await createTestTenant(t.db, "versions-a");
  b = await createTestTenant(t.db, "versions-b");
});

afterAll(async () => {
  await t?.close();
});

function item(slug: string, title: string): NewsItemInput {
  return {
    slug,
    kind: "seminar",
    title: { sv: title, en: `${title} (en)` },
    summary: { sv: "Ett seminarium.", en: "A seminar." },
    eventDate: "2031-03-14",
    sources: [{ title: "Inbjudan" }],
  };
}

describe("content versions", () => {
  it("records create, update, publish and restore with their content and author, newest first", async () => {
    const organisationId = a.organisation.id;
    const created = await createNewsItem(t.db, {
      organisationId,
      userId: a.editor.id,
      newsItem: item("historik", "Första"),
    });
    const updated = await updateNewsItem(t.db, {
      slug: "historik",
      organisationId,
      userId: a.admin.id,
      expectedVersion: created.version,
      newsItem: item("historik", "Andra"),
    });
    const published = await setNewsItemPublished(t.db, {
      slug: "historik",
      organisationId,
      userId: a.editor.id,
      expectedVersion: updated.version,
      published: true,
    });
    const first = await getContentVersion(t.db, {
      entity: "newsItem",
      entityId: created.id,
      organisationId,
      version: 1,
    });
    expect(first?.content).toEqual(newsItemOfRecord(created));
    const restored = await updateNewsItem(t.db, {
      slug: "historik",
      organisationId,
      userId: a.editor.id,
      expectedVersion: published.version,
      newsItem: first!.content as NewsItemInput,
      restoredFrom: 1,
    });
    expect(restored.title.sv).toBe("Första");
    expect(restored.published).toBe(true);

    const history = await listContentVersions(t.db, {
      entity: "newsItem",
      entityId: created.id,
      organisationId,
    });
    expect(
      history.map((entry) => [
        entry.version,
        entry.verb,
        entry.published,
        entry.actorName,
        entry.restoredFrom,
      ]),
    ).toEqual([
      [4, "restore", true, a.editor.name, 1],
      [3, "publish", true, a.editor.name, null],
      [2, "update", false, a.admin.name, null],
      [1, "create", false, a.editor.name, null],
    ]);
    const latest = await latestContentChanges(t.db, { entity: "newsItem", entityIds: [created.id] });
    expect(latest.get(created.id)?.actorName).toBe(a.editor.name);
    // The restored version's content is the old one, without the mark that says where it came from.
    const fourth = await getContentVersion(t.db, {
      entity: "newsItem",
      entityId: created.id,
      organisationId,
      version: 4,
    });
    expect(fourth?.content).toEqual(first?.content);
  });

  it("shows another organisation nothing of the history", async () => {
    const created = await createNewsItem(t.db, {
      organisationId: a.organisation.id,
      userId: a.editor.id,
      newsItem: item("bara-for-a", "Bara för A"),
    });
    const params = { entity: "newsItem" as const, entityId: created.id, organisationId: b.organisation.id };
    expect(await listContentVersions(t.db, params)).toEqual([]);
    expect(await getContentVersion(t.db, { ...params, version: 1 })).toBeNull();
  });

  it("resolves a preview token until it expires, and never an unknown one", async () => {
    const entityId = "00000000-0000-4000-8000-000000000001";
    const now = new Date("2030-01-01T12:00:00Z");
    const { token } = await createPreviewToken(t.db, { entity: "initiative", entityId, now });
    expect(await resolvePreviewToken(t.db, { token, now })).toEqual({ entity: "initiative", entityId });
    const later = new Date(now.getTime() + PREVIEW_TOKEN_SECONDS * 1000 + 1);
    expect(await resolvePreviewToken(t.db, { token, now: later })).toBeNull();
    expect(await resolvePreviewToken(t.db, { token: `${token}x`, now })).toBeNull();
  });
});
