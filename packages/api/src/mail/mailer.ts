// Outgoing mail (invitations) through the SMTP server a deployment configures; none configured, none sent.
import { createTransport } from "nodemailer";
import { type ApiEnv } from "../env.ts";

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  send(message: MailMessage): Promise<void>;
}

/** A mailer for `SMTP_URL` from `MAIL_FROM`, or null when no SMTP server is configured. */
export function createMailer(env: Pick<ApiEnv, "SMTP_URL" | "MAIL_FROM">): Mailer | null {
  if (!env.SMTP_URL || !env.MAIL_FROM) return null;
  // A mail server that does not answer must not hold the admin's request for nodemailer's default of minutes.
  const transport = createTransport({
    url: env.SMTP_URL,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  });
  const from = env.MAIL_FROM;
  return {
    async send(message) {
      await transport.sendMail({ from, ...message });
    },
  };
}

/** The calculator's pages for an invitation link, in each language (apps/calculator/src/members/paths.ts). */
export function invitationLinks(calculatorUrl: string, token: string): { sv: string; en: string } {
  const base = calculatorUrl.replace(/\/+$/, "");
  return { sv: `${base}/inbjudan/${token}`, en: `${base}/en/invitation/${token}` };
}

const roleNames = {
  planner: { sv: "planerare", en: "planner" },
  editor: { sv: "redaktör", en: "editor" },
  admin: { sv: "administratör", en: "admin" },
} as const;

/** The invitation mail, in Swedish and English, as the invitee's language is not known. */
export function invitationMail(params: {
  to: string;
  organisationName: string;
  inviterName: string;
  role: keyof typeof roleNames;
  links: { sv: string; en: string };
  validDays: number;
}): MailMessage {
  const { organisationName, inviterName, role, links, validDays } = params;
  return {
    to: params.to,
    subject: `Inbjudan till ${organisationName} i Insats / Invitation to ${organisationName} in Insats`,
    text: [
      `${inviterName} bjuder in dig till ${organisationName} i Insats som ${roleNames[role].sv}.`,
      `Öppna länken för att tacka ja (den gäller i ${validDays} dagar och kan användas en gång):`,
      links.sv,
      "",
      `${inviterName} invites you to ${organisationName} in Insats as ${roleNames[role].en}.`,
      `Open the link to accept (it works for ${validDays} days, once):`,
      links.en,
      "",
      "Om du inte väntade dig inbjudan kan du bortse från den. / If you did not expect this invitation, ignore it.",
    ].join("\n"),
  };
}
