import { Fragment } from "react";
import { keepNumbersTogether } from "@/format/numbers";

// An address runs to the next space; a full stop, comma, semicolon or bracket right after it ends the sentence.
const address = /(https?:\/\/\S*[^\s.,;:)])/;

/**
 * A unit cost's source or note as the library (or Kolada) writes it: its web addresses as links the reader can
 * follow, from the screen and from the PDF, and its numbers kept on one line.
 */
export function CitedText({ text }: { text: string }) {
  return text.split(address).map((part, index) =>
    index % 2 === 1 ? (
      <a key={index} href={part} rel="noreferrer" className="cited-address">
        {part}
      </a>
    ) : (
      <Fragment key={index}>{keepNumbersTogether(part)}</Fragment>
    ),
  );
}
