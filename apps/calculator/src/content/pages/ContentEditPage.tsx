import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { apiErrorCode } from "@/api/errors";
import { serverApi } from "@/api/server";
import { calculatorEnv } from "@/env";
import { Link } from "@/i18n/navigation";
import { requireEditor, resolveWorkspacePath, type Root } from "../access";
import { ContentEditor } from "../ContentEditor";
import { emptyText } from "../form/draft";
import type { ContentKind } from "../kinds";
import { contentPath } from "../paths";
import { editedRecord } from "../record";
import { initiativeChoices, organisationChoices } from "./load";
import { Refused } from "./Refused";

type Params = Promise<{ locale: string; kind: string; slug?: string }>;

export async function contentEditMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { slug } = await params;
  const t = await getTranslations("content.editor");
  return { title: slug ? t("editTitle") : t("newTitle") };
}

/** A new record's draft: the choices a form needs preset, everything else blank. */
function blankDraft(kind: ContentKind) {
  if (kind === "newsItem") return { slug: "", kind: "news", title: emptyText(), summary: emptyText(), highlights: [], authors: [], organisations: [], sources: [] };
  return {
    slug: "",
    title: emptyText(),
    summary: emptyText(),
    highlights: [],
    targetGroup: { description: emptyText() },
    period: {},
    status: "ongoing",
    scope: "local",
    showcaseGroup: "national",
    focusAreas: [],
    places: [],
    organisations: [],
    contacts: [],
    quotes: [],
    evaluations: [],
    sources: [],
  };
}

async function loadRecord(kind: ContentKind, slug: string) {
  const api = await serverApi();
  try {
    return editedRecord(kind, kind === "initiative" ? await api.content.initiative.query({ slug }) : await api.content.newsItem.query({ slug }));
  } catch (error) {
    if (apiErrorCode(error) === "NOT_FOUND") notFound();
    throw error;
  }
}

/** Create (no slug) or edit an inspiration example or a På gång item. */
export async function ContentEditPage({ root, params }: { root: Root; params: Params }) {
  const { locale, kind: segment, slug } = await params;
  setRequestLocale(locale);
  const kind = resolveWorkspacePath(locale, root, { kindSegment: segment, slug, view: slug ? "edit" : "new" });
  if (!kind) notFound();
  const path = contentPath(locale, slug ? { kind, slug, view: "edit" } : { kind, view: "new" });
  const access = await requireEditor(locale, path);
  if (!access) return <Refused />;
  const api = await serverApi();
  const [t, record, organisations, initiatives] = await Promise.all([
    getTranslations("content.editor"),
    slug ? loadRecord(kind, slug) : Promise.resolve(null),
    organisationChoices(api, locale),
    kind === "newsItem" ? initiativeChoices(api, locale) : Promise.resolve([]),
  ]);
  // An initiative's follow-up on its public page; read once the record is known to be the organisation's.
  const followUp = record && kind === "initiative" ? await api.content.followUpPublication.query({ slug: record.slug }) : null;
  const language = locale === "en" ? "en" : "sv";
  const title = record ? (record.content.title as { sv: string; en: string })[language] || (record.content.title as { sv: string }).sv : null;
  return (
    <>
      <p>
        <Link href={contentPath(locale)}>{t("back")}</Link>
      </p>
      <h1>{record ? t("editHeading", { kind, title: title ?? "" }) : t("newHeading", { kind })}</h1>
      <ContentEditor
        kind={kind}
        initial={record}
        blank={blankDraft(kind)}
        organisations={organisations}
        initiatives={initiatives}
        showcaseUrl={calculatorEnv().SHOWCASE_URL}
        followUp={followUp}
      />
    </>
  );
}
