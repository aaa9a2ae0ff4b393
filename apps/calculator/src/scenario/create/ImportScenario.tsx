"use client";
import { parseScenarioInput, type ScenarioInput } from "@insats/domain";
import { useLocale, useTranslations } from "next-intl";
import { useId, useState, type ChangeEvent } from "react";
import { browserApi } from "@/api/browser";
import { useRouter } from "@/i18n/navigation";
import { describeIssue } from "../editor/field-errors";

/** A problem of the file: where in the JSON, and what is wrong in the user's words. */
type FileIssue = { path: string; message: string };

type Parsed = { file: string; input: ScenarioInput } | { file: string; issues: FileIssue[] };

/** Reads a scenario's open JSON, shows every problem by path, and creates the scenario when it validates. */
export function ImportScenario() {
  const t = useTranslations("create");
  const validation = useTranslations("validation");
  const locale = useLocale();
  const router = useRouter();
  const id = useId();
  const [parsed, setParsed] = useState<Parsed | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  async function read(event: ChangeEvent<HTMLInputElement>) {
    setFailure(null);
    const file = event.target.files?.[0];
    if (!file) return setParsed(null);
    let json: unknown;
    try {
      json = JSON.parse(await file.text());
    } catch {
      return setParsed({ file: file.name, issues: [{ path: "", message: t("notJson") }] });
    }
    const result = parseScenarioInput(json);
    if (result.success) return setParsed({ file: file.name, input: result.data });
    const issues = result.issues.map((issue) => {
      const { key, values } = describeIssue(issue, locale);
      return { path: issue.path, message: validation(key, values) };
    });
    setParsed({ file: file.name, issues });
  }

  async function create() {
    if (!parsed || !("input" in parsed)) return;
    setBusy(true);
    try {
      const name = parsed.input.name.trim() || parsed.file.replace(/\.json$/i, "");
      const created = await browserApi().scenario.create.mutate({ name: name.slice(0, 200), input: { ...parsed.input, name } });
      router.push(`/scenarios/${created.id}`);
    } catch {
      setFailure(t("importFailed"));
      setBusy(false);
    }
  }

  return (
    <div className="form-stack">
      <div className="field">
        <label htmlFor={`${id}-file`}>{t("importFile")}</label>
        <input id={`${id}-file`} type="file" accept="application/json,.json" onChange={(event) => void read(event)} />
      </div>
      <div aria-live="polite">
        {parsed && "issues" in parsed ? (
          <div className="form-error">
            <p>{t("importInvalid", { count: parsed.issues.length })}</p>
            <ul>
              {parsed.issues.map((issue, index) => (
                <li key={index}>
                  <code>{issue.path || t("wholeFile")}</code>: {issue.message}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {parsed && "input" in parsed ? <p>{t("importReady", { name: parsed.input.name || parsed.file })}</p> : null}
        {failure ? <p className="form-error">{failure}</p> : null}
      </div>
      <button type="button" className="button" onClick={() => void create()} disabled={!parsed || !("input" in parsed) || busy}>
        {t("importButton")}
      </button>
    </div>
  );
}
