"use client";
// The editor of an initiative or a news item. The draft is judged by the domain schema on every change, so nothing
// invalid can be saved; saves carry the version they started from, and a stale one opens the conflict dialog.
import { initiativeSchema, newsItemSchema, slugify } from "@insats/domain";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useEffect, useMemo, useRef, useState } from "react";
import { browserApi } from "@/api/browser";
import { apiErrorCode } from "@/api/errors";
import { ConflictDialogView } from "@/conflict/ConflictDialogView";
import { Link } from "@/i18n/navigation";
import { contentChanges } from "./diff";
import { type Draft, pathKey, type Path, setAt, toContent } from "./form/draft";
import { DraftContext, fieldId } from "./form/fields";
import { InitiativeFields } from "./form/InitiativeFields";
import { contentIssues, type FieldIssue, serverIssues } from "./form/issues";
import { NewsFields } from "./form/NewsFields";
import type { OrganisationChoice } from "./form/references";
import type { ContentKind } from "./kinds";
import { useChangeText } from "./labels";
import { contentPath } from "./paths";
import { type EditedRecord, editedRecord } from "./record";
import { FollowUpPublication, type FollowUpPublicationState } from "./FollowUpPublication";
import { draftOfContent, fillEnglish } from "./translation";
import { required } from "@/required";

export type { EditedRecord };

type Status =
  | { kind: "idle" }
  | { kind: "working" }
  | { kind: "saved"; version: number }
  | { kind: "published" }
  | { kind: "unpublished" }
  | { kind: "invalid"; count: number }
  | { kind: "failed" };

const schemas = { initiative: initiativeSchema, newsItem: newsItemSchema };

function apiIssues(error: unknown): { path: string; message: string }[] | null {
  const data = (error as { data?: { issues?: unknown } } | null)?.data;
  return Array.isArray(data?.issues) ? (data.issues as { path: string; message: string }[]) : null;
}

export function ContentEditor({
  kind,
  initial,
  blank,
  organisations,
  initiatives = [],
  showcaseUrl,
  followUp = null,
}: {
  kind: ContentKind;
  initial: EditedRecord | null;
  /** The draft of a new record. */
  blank: Draft;
  organisations: readonly OrganisationChoice[];
  initiatives?: readonly { slug: string; title: string }[];
  showcaseUrl: string;
  /** An initiative's follow-up on its public page; its own form, beside this one, for the record's current slug. */
  followUp?: FollowUpPublicationState | null;
}) {
  const t = useTranslations("content.editor");
  const locale = useLocale();
  const format = useFormatter();
  const changeText = useChangeText();
  const [record, setRecord] = useState(initial);
  const [draft, setDraft] = useState<Draft>(() => (initial ? draftOfContent(initial.content) : blank));
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [showAll, setShowAll] = useState(false);
  const [fromServer, setFromServer] = useState<FieldIssue[]>([]);
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const [conflict, setConflict] = useState<EditedRecord | null>(null);
  const slugEdited = useRef(initial !== null);
  const summary = useRef<HTMLDivElement>(null);

  const { content, untranslated } = useMemo(() => fillEnglish(toContent(draft) ?? {}), [draft]);
  const saved = useMemo(() => (record ? fillEnglish(toContent(draftOfContent(record.content)) ?? {}).content : null), [record]);
  const issues = useMemo(() => contentIssues(schemas[kind], content), [kind, content]);
  const dirty = saved === null ? JSON.stringify(draft) !== JSON.stringify(blank) : JSON.stringify(content) !== JSON.stringify(saved);

  const shown = useMemo(() => {
    const visible = new Map<string, FieldIssue>();
    for (const issue of [...fromServer, ...issues]) {
      const isTouched = [...touched].some((path) => path === issue.path || path.startsWith(`${issue.path}.`));
      if ((showAll || isTouched) && !visible.has(issue.path)) visible.set(issue.path, issue);
    }
    return visible;
  }, [issues, fromServer, touched, showAll]);

  // Unsaved changes are not lost silently: leaving the page asks first.
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = "";
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  const set = (path: Path, value: unknown) => {
    setDraft((current) => {
      let next = setAt(current, path, value);
      if (pathKey(path) === "slug") slugEdited.current = true;
      if (pathKey(path) === "title.sv" && !slugEdited.current) next = setAt(next, ["slug"], slugify(String(value)));
      return next;
    });
    setFromServer((current) => current.filter((issue) => !issue.path.startsWith(pathKey(path))));
    setStatus({ kind: "idle" });
  };
  const touch = (path: Path) => setTouched((current) => (current.has(pathKey(path)) ? current : new Set([...current, pathKey(path)])));

  function load(next: EditedRecord) {
    setRecord(next);
    setDraft(draftOfContent(next.content));
    setConflict(null);
    setFromServer([]);
  }

  async function fetchRecord(slug: string): Promise<EditedRecord> {
    const api = browserApi();
    if (kind === "initiative") {
      return editedRecord(kind, await api.content.initiative.query({ slug }));
    }
    return editedRecord(kind, await api.content.newsItem.query({ slug }));
  }

  async function save(expectedVersion = record?.version) {
    if (issues.length > 0) {
      setShowAll(true);
      setStatus({ kind: "invalid", count: issues.length });
      requestAnimationFrame(() => summary.current?.focus());
      return;
    }
    setStatus({ kind: "working" });
    const value = { ...content, ...(untranslated ? { untranslated: true } : {}) } as never;
    try {
      const api = browserApi();
      const stored =
        kind === "initiative"
          ? record
            ? await api.content.updateInitiative.mutate({ slug: record.slug, expectedVersion: required(expectedVersion, "the version being edited"), initiative: value })
            : await api.content.createInitiative.mutate({ initiative: value })
          : record
            ? await api.content.updateNewsItem.mutate({ slug: record.slug, expectedVersion: required(expectedVersion, "the version being edited"), newsItem: value })
            : await api.content.createNewsItem.mutate({ newsItem: value });
      const next = editedRecord(kind, stored);
      const created = record === null;
      load(next);
      setStatus({ kind: "saved", version: stored.version });
      // The address follows a new or renamed record without leaving the page, so the message above stays.
      if (created || next.slug !== record?.slug) {
        const path = contentPath(locale, { kind, slug: next.slug, view: "edit" });
        window.history.replaceState(null, "", locale === "en" ? `/en${path}` : path);
      }
    } catch (error) {
      const code = apiErrorCode(error);
      if (code === "CONFLICT" && record) {
        setStatus({ kind: "idle" });
        setConflict(await fetchRecord(record.slug));
      } else if (!showServerIssues(error)) {
        setStatus({ kind: "failed" });
      }
    }
  }

  /** What only the database knows (a slug in use) shown at its field, as the form's own issues are. */
  function showServerIssues(error: unknown): boolean {
    const found = apiErrorCode(error) === "BAD_REQUEST" ? apiIssues(error) : undefined;
    if (!found) return false;
    setFromServer(serverIssues(found));
    setShowAll(true);
    setStatus({ kind: "invalid", count: found.length });
    requestAnimationFrame(() => summary.current?.focus());
    return true;
  }

  async function setPublished(published: boolean) {
    if (!record) return;
    setStatus({ kind: "working" });
    try {
      const api = browserApi();
      const input = { slug: record.slug, expectedVersion: record.version, published };
      const stored = kind === "initiative" ? await api.content.setInitiativePublished.mutate(input) : await api.content.setNewsItemPublished.mutate(input);
      setRecord({ ...record, version: stored.version, published: stored.published, updatedAt: stored.updatedAt });
      setStatus({ kind: published ? "published" : "unpublished" });
    } catch (error) {
      if (apiErrorCode(error) === "CONFLICT") {
        setStatus({ kind: "idle" });
        setConflict(await fetchRecord(record.slug));
      } else if (!showServerIssues(error)) setStatus({ kind: "failed" });
    }
  }

  async function preview() {
    if (!record) return;
    // Opened at once, while the click still counts as the user's, and pointed at the preview when the link is made.
    const tab = window.open("", "_blank");
    try {
      const { token } = await browserApi().content.previewToken.mutate({ kind, slug: record.slug });
      const url = `${showcaseUrl.replace(/\/+$/, "")}/api/preview?${new URLSearchParams({ token, locale })}`;
      if (tab) tab.location.href = url;
      // The showcase is another app on its own origin, which Next's router cannot reach (the rule's concern).
      // eslint-disable-next-line @next/next/no-location-assign-relative-destination
      else window.location.href = url;
    } catch {
      tab?.close();
      setStatus({ kind: "failed" });
    }
  }

  const errorList = [...shown.values()];
  const conflictRows = conflict
    ? contentChanges(conflict.content, content).map((change) => ({
        key: change.key,
        label: changeText.label(change.segments),
        theirs: changeText.value(change, "before"),
        mine: changeText.value(change, "after"),
      }))
    : [];

  return (
    <DraftContext.Provider value={{ draft, set, issues: shown, touch }}>
      <form
        className="content-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <div className="editor__bar content-form__bar">
          <p className="editor__status" role="status">
            {record ? (
              <span className={record.published ? "badge badge--published" : "badge"}>{record.published ? t("published") : t("draft")}</span>
            ) : (
              <span className="badge">{t("new")}</span>
            )}{" "}
            {record ? t("version", { version: record.version, when: format.dateTime(new Date(record.updatedAt), { dateStyle: "medium", timeStyle: "short" }) }) : null}{" "}
            {status.kind === "working" ? t("working") : null}
            {status.kind === "saved" ? t("saved", { version: status.version }) : null}
            {status.kind === "published" ? t("publishedNow") : null}
            {status.kind === "unpublished" ? t("unpublishedNow") : null}
            {status.kind === "failed" ? t("failed") : null}
            {status.kind === "idle" && dirty ? t("unsaved") : null}
          </p>
          <div className="actions">
            <button type="submit" className="button" disabled={status.kind === "working"}>
              {t("save")}
            </button>
            {record ? (
              <>
                <button type="button" className="button button--secondary" onClick={() => void preview()} disabled={dirty}>
                  {t("preview")}
                </button>
                <button type="button" className="button button--secondary" onClick={() => void setPublished(!record.published)} disabled={dirty || status.kind === "working"}>
                  {record.published ? t("unpublish") : t("publish")}
                </button>
                <Link className="button button--quiet" href={contentPath(locale, { kind, slug: record.slug, view: "history" })}>
                  {t("history")}
                </Link>
              </>
            ) : null}
          </div>
          {record && dirty ? <p className="help">{t("saveFirst")}</p> : null}
        </div>

        <div ref={summary} tabIndex={-1} className={errorList.length > 0 && showAll ? "notice notice--error" : undefined} aria-live="polite">
          {showAll && errorList.length > 0 ? (
            <>
              <h2 className="heading-small">{t("invalid", { count: errorList.length })}</h2>
              <ul>
                {errorList.map((issue) => (
                  <li key={issue.path}>
                    <a href={`#${fieldId(issue.path.split("."))}`} onClick={(event) => focusField(event, issue.path)}>
                      {changeText.label(issue.path.split(".").map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment)))}
                    </a>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </div>

        {kind === "initiative" ? <InitiativeFields organisations={organisations} /> : <NewsFields organisations={organisations} initiatives={initiatives} />}

        <div className="actions">
          <button type="submit" className="button" disabled={status.kind === "working"}>
            {t("save")}
          </button>
        </div>
      </form>
      {record && followUp ? <FollowUpPublication slug={record.slug} initial={followUp} /> : null}
      {conflict ? (
        <ConflictDialogView
          version={conflict.version}
          updatedAt={conflict.updatedAt}
          rows={conflictRows}
          onReload={() => load(conflict)}
          onCancel={() => setConflict(null)}
          alternative={{
            label: t("overwrite"),
            onChoose: () => {
              const base = conflict;
              setConflict(null);
              setRecord((current) => (current ? { ...current, version: base.version } : current));
              void save(base.version);
            },
          }}
        />
      ) : null}
    </DraftContext.Provider>
  );
}

/** Moves focus to the field an error names (its input, or the first input of a group). */
function focusField(event: React.MouseEvent, path: string) {
  const segments = path.split(".");
  for (let length = segments.length; length > 0; length -= 1) {
    const element = document.getElementById(fieldId(segments.slice(0, length)));
    const target = element?.matches("input, select, textarea") ? element : element?.querySelector<HTMLElement>("input, select, textarea");
    if (target) {
      event.preventDefault();
      target.focus();
      return;
    }
  }
}
