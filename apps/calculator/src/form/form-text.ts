/** A text field of a submitted form, or `absent` when the form has no such field (or, which no form here sends, a file). */
export function formText(form: FormData, name: string, absent = ""): string {
  const value = form.get(name);
  return typeof value === "string" ? value : absent;
}
