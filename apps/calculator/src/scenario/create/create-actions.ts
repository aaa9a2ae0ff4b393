"use server";
import { getLocale } from "next-intl/server";
import { redirect } from "next/navigation";
import { serverApi } from "@/api/server";
import { formText } from "@/form/form-text";
import { getPathname } from "@/i18n/navigation";
import { isTemplateId, newScenarioInput, readEffectRange } from "./new-scenario";

/** Creates a scenario from a template (the blank one included) and opens it in the editor. */
export async function createFromTemplate(formData: FormData) {
  const templateId = formData.get("template");
  if (!isTemplateId(templateId)) throw new Error("Unknown template");
  const name = formText(formData, "name").trim();
  const initiative = formText(formData, "initiative").trim();
  const input = newScenarioInput({
    templateId,
    name: name || formText(formData, "defaultName", templateId),
    startYear: new Date().getFullYear(),
    effect: readEffectRange(formData.get("effectLow"), formData.get("effectHigh")),
  });
  const api = await serverApi();
  const created = await api.scenario.create.mutate({
    name: input.name,
    input,
    templateId,
    initiativeSlug: initiative || undefined,
  });
  redirect(getPathname({ locale: await getLocale(), href: `/scenarios/${created.id}` }));
}
