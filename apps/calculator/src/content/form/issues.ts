// The one place where the domain schema's issues (and the API's, for what only the database knows) become
// messages at a field: each issue is given a message key of the `content.issues` namespace, so that the words
// are translated and the same problem reads the same everywhere.
import type { z } from "zod";

export type IssueKey =
  | "required"
  | "atLeastOne"
  | "tooLong"
  | "tooSmall"
  | "tooLarge"
  | "wholeNumber"
  | "url"
  | "slug"
  | "key"
  | "date"
  | "choose"
  | "duplicate"
  | "ageOrder"
  | "periodOrder"
  | "periodStart"
  | "evaluationNote"
  | "datedNews"
  | "resultValue"
  | "changeMismatch"
  | "plannedResults"
  | "effectOrder"
  | "effectMismatch"
  | "unknownKey"
  | "reviewedOn"
  | "slugTaken"
  | "unknownOrganisation"
  | "invalid";

export interface FieldIssue {
  /** Dotted path of the field: `evaluations.0.designs`. */
  path: string;
  key: IssueKey;
  values?: Record<string, number>;
}

function customKey(path: readonly PropertyKey[], message: string): IssueKey {
  const last = String(path.at(-1) ?? "");
  if (/listed twice|used twice|A second result/.test(message)) return "duplicate";
  if (/No (measure|group) has the key/.test(message)) return "unknownKey";
  const byField: Record<string, IssueKey> = {
    ageMax: "ageOrder",
    to: "ageOrder",
    end: "periodOrder",
    start: "periodStart",
    evaluationNote: "evaluationNote",
    publishedAt: "datedNews",
    status: "plannedResults",
    central: "effectOrder",
    effect: "effectMismatch",
    reviewedOn: "reviewedOn",
  };
  if (last === "change") return /disagrees/.test(message) ? "changeMismatch" : "resultValue";
  return byField[last] ?? "invalid";
}

function issueOf(issue: z.core.$ZodIssue): FieldIssue {
  const path = issue.path.join(".");
  switch (issue.code) {
    case "invalid_type":
      return { path, key: issue.expected === "int" ? "wholeNumber" : "required" };
    case "too_small":
      if (issue.origin === "string") return { path, key: "required" };
      if (issue.origin === "array") return { path, key: "atLeastOne" };
      return { path, key: "tooSmall", values: { min: Number(issue.minimum) } };
    case "too_big":
      if (issue.origin === "string") return { path, key: "tooLong", values: { max: Number(issue.maximum) } };
      return { path, key: "tooLarge", values: { max: Number(issue.maximum) } };
    case "invalid_format": {
      if (issue.format === "url") return { path, key: "url" };
      if (issue.format === "date") return { path, key: "date" };
      const last = String(issue.path.at(-1) ?? "");
      if (last === "slug" || last === "relatedInitiativeSlug") return { path, key: "slug" };
      if (last === "key" || last.endsWith("Key")) return { path, key: "key" };
      return { path, key: "date" };
    }
    case "invalid_value":
      return { path, key: "choose" };
    case "custom":
      return { path, key: customKey(issue.path, issue.message) };
    default:
      return { path, key: "invalid" };
  }
}

/** The domain schema's verdict on the content, as issues at fields. Empty when the content may be saved. */
export function contentIssues(schema: z.ZodType, content: unknown): FieldIssue[] {
  const parsed = schema.safeParse(content);
  return parsed.success ? [] : parsed.error.issues.map(issueOf);
}

/** The API's issues (what only the database can know: a slug in use, an organisation it does not have). */
export function serverIssues(issues: readonly { path: string; message: string }[]): FieldIssue[] {
  return issues.map((issue) => ({
    path: issue.path,
    key: /slug/.test(issue.message) && issue.path === "slug" ? "slugTaken" : /No organisation/.test(issue.message) ? "unknownOrganisation" : "invalid",
  }));
}
