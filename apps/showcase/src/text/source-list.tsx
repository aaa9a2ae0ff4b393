import type { Source } from "@insats/domain";
import type { Locale } from "@/i18n/routing";
import { formatPartialDate } from "./format.ts";

/** The sources a record cites, with the notes that say what each leaves out. */
export function SourceList({ sources, locale }: { sources: readonly Source[]; locale: Locale }) {
  return (
    <ul className="plain-list source-list">
      {sources.map((source) => (
        <li key={source.title}>
          {source.url ? <a href={source.url}>{source.title}</a> : <cite>{source.title}</cite>}
          {source.publisher ? <>, {source.publisher}</> : null}
          {source.accessed ? <> ({formatPartialDate(locale, source.accessed)})</> : null}
          {source.note ? <p className="source-note">{source.note[locale]}</p> : null}
        </li>
      ))}
    </ul>
  );
}
