"use server";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { formText } from "@/form/form-text";
import { currentUser } from "./current";
import { organisationCookie } from "./cookies";
import { safeReturnTo } from "./return-to";

/** Remembers the organisation the planner works in; only one they are a member of is accepted. */
export async function chooseOrganisation(formData: FormData) {
  const organisationId = formText(formData, "organisationId");
  const user = await currentUser();
  if (!user?.memberships.some((membership) => membership.organisationId === organisationId)) {
    throw new Error("Not a member of that organisation");
  }
  (await cookies()).set(organisationCookie, organisationId, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    maxAge: 60 * 60 * 24 * 365,
  });
  redirect(safeReturnTo(formData.get("returnTo"), "/"));
}
