import { type AddressInfo } from "node:net";
import { findUserByEmail, getMembership, listAuditEntries, listMembers, listMemberships, setMemberRole } from "@insats/db";
import { createTestDatabase, createTestTenant, createTestUser, type TestDatabase, type TestTenant } from "@insats/db/testing";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor, outcomeOf, type Persona, personas } from "../../test/callers.ts";
import { type RunningApi, startTestApi } from "../../test/server.ts";
import { createInnerContext } from "../context.ts";
import { createMailer } from "../mail/mailer.ts";
import { createCaller } from "../root.ts";

let t: TestDatabase;
let a: TestTenant;
let b: TestTenant;
let counter = 0;

beforeAll(async () => {
  t = await createTestDatabase();
  a = await createTestTenant(t.db, "members-a");
  b = await createTestTenant(t.db, "members-b");
});

afterAll(async () => {
  await t?.close();
});

const newAddress = () => `kollega-${++counter}@example.test`;
const tokenOf = (link: string) => link.split("/").at(-1)!;

async function invite(tenant: TestTenant, email = newAddress(), role: "planner" | "editor" | "admin" = "editor") {
  const result = await callerFor(t.db, tenant, "admin").member.invite({ email, role });
  return { ...result, email, token: tokenOf(result.links!.sv) };
}

describe("members and invitations", () => {
  it("an invitation without a mail server gives the admin the link, in both languages, and adds nobody", async () => {
    const result = await invite(a);
    expect(result.delivery).toBe("link");
    expect(result.links!.sv).toBe(`http://localhost:3001/inbjudan/${result.token}`);
    expect(result.links!.en).toBe(`http://localhost:3001/en/invitation/${result.token}`);
    expect(result.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const members = await callerFor(t.db, a, "admin").member.list();
    expect(members.map((member) => member.email)).not.toContain(result.email);
    const pending = await callerFor(t.db, a, "admin").member.listInvitations();
    expect(pending.find((item) => item.id === result.invitation.id)).toMatchObject({ email: result.email, role: "editor" });
  });

  it("adding an address that a stranger registered in advance gives the stranger nothing", async () => {
    // Issue 13.8: setRole by email used to make any registered account a member.
    const stranger = await createTestUser(t.db, "ny-kollega");
    const tenant = await createTestTenant(t.db, "members-c");
    const admin = callerFor(t.db, tenant, "admin");
    expect(await outcomeOf(() => admin.member.setRole({ userId: stranger.id, role: "editor" }))).toBe("NOT_FOUND");
    await admin.member.invite({ email: stranger.email, role: "editor" });
    expect(await listMemberships(t.db, { userId: stranger.id })).toEqual([]);
    // Signed in as the stranger, nothing of the organisation opens.
    const asStranger = createCaller(
      createInnerContext({ db: t.db, session: { userId: stranger.id, email: stranger.email, name: stranger.name }, organisationId: tenant.organisation.id }),
    );
    expect(await outcomeOf(() => asStranger.scenario.list({}))).toBe("NOT_FOUND");
  });

  it("the link's holder accepts: signed in with the invited address, or as a new account", async () => {
    const tenant = await createTestTenant(t.db, "members-d");
    const other = await createTestTenant(t.db, "members-e");
    const forPlanner = await invite(tenant, other.planner.email, "planner");
    const anonymous = callerFor(t.db, tenant, "anonymous");
    expect(await anonymous.invitation.peek({ token: forPlanner.token })).toEqual({
      organisationName: tenant.organisation.nameSv,
      email: other.planner.email,
      role: "planner",
      status: "open",
      signInRequired: false,
    });
    expect(await outcomeOf(() => callerFor(t.db, other, "editor").invitation.accept({ token: forPlanner.token }))).toBe("FORBIDDEN");
    expect(await outcomeOf(() => anonymous.invitation.accept({ token: forPlanner.token }))).toBe("UNAUTHORIZED");
    expect(await callerFor(t.db, other, "planner").invitation.accept({ token: forPlanner.token })).toEqual({
      organisationId: tenant.organisation.id,
      email: other.planner.email,
      role: "planner",
    });
    expect(await getMembership(t.db, { userId: other.planner.id, organisationId: tenant.organisation.id })).toMatchObject({ role: "planner" });
    expect((await anonymous.invitation.peek({ token: forPlanner.token })).status).toBe("used");
    expect(await outcomeOf(() => callerFor(t.db, other, "planner").invitation.accept({ token: forPlanner.token }))).toBe("NOT_FOUND");

    const forNewcomer = await invite(tenant, newAddress(), "editor");
    expect(await outcomeOf(() => anonymous.invitation.accept({ token: forNewcomer.token, account: { name: "Nina", password: "short" } }))).toBe("BAD_REQUEST");
    const accepted = await anonymous.invitation.accept({ token: forNewcomer.token, account: { name: "Nina Ny", password: "ett-långt-lösenord" } });
    expect(accepted.role).toBe("editor");
    const user = await findUserByEmail(t.db, { email: forNewcomer.email });
    expect(user).toMatchObject({ name: "Nina Ny", emailVerified: true });
    // Now the address is proven: a second invitation to it asks its owner to sign in.
    const tenant2 = await createTestTenant(t.db, "members-f");
    const again = await invite(tenant2, forNewcomer.email, "planner");
    expect((await anonymous.invitation.peek({ token: again.token })).signInRequired).toBe(true);
    expect(await outcomeOf(() => anonymous.invitation.accept({ token: again.token, account: { name: "X", password: "ett-annat-lösenord" } }))).toBe("CONFLICT");
  });

  it("refuses a malformed or unknown token as 400 and 404", async () => {
    const anonymous = callerFor(t.db, a, "anonymous");
    expect(await outcomeOf(() => anonymous.invitation.peek({ token: "a b" }))).toBe("BAD_REQUEST");
    expect(await outcomeOf(() => anonymous.invitation.peek({ token: "x".repeat(43) }))).toBe("NOT_FOUND");
  });

  it("the last admin can be neither demoted nor removed, and the refusal changes nothing", async () => {
    const tenant = await createTestTenant(t.db, "members-g");
    const admin = callerFor(t.db, tenant, "admin");
    expect(await outcomeOf(() => admin.member.setRole({ userId: tenant.admin.id, role: "editor" }))).toBe("CONFLICT");
    expect(await outcomeOf(() => admin.member.remove({ userId: tenant.admin.id }))).toBe("CONFLICT");
    expect((await listMembers(t.db, { organisationId: tenant.organisation.id })).map((member) => [member.userId, member.role]).sort()).toEqual(
      [
        [tenant.admin.id, "admin"],
        [tenant.editor.id, "editor"],
        [tenant.planner.id, "planner"],
      ].sort(),
    );
    // With a second admin the first may step down.
    expect(await admin.member.setRole({ userId: tenant.editor.id, role: "admin" })).toEqual({ userId: tenant.editor.id, role: "admin", previousRole: "editor" });
    expect((await admin.member.setRole({ userId: tenant.admin.id, role: "planner" })).role).toBe("planner");
    const audit = await listAuditEntries(t.db, { organisationId: tenant.organisation.id, limit: 50 });
    expect(audit.items.filter((row) => row.actorUserId === tenant.admin.id).map((row) => [row.action, row.entityId])).toEqual([
      ["membership.setRole", tenant.admin.id],
      ["membership.setRole", tenant.editor.id],
    ]);
  });
});

describe("authorisation matrix: organisation B against A's members and invitations", () => {
  type Target = { invitationId: string; userId: string };
  type Call = (caller: ReturnType<typeof callerFor>, target: Target) => Promise<unknown>;

  const procedures: Record<string, Call> = {
    "member.list": (caller) => caller.member.list(),
    "member.listInvitations": (caller) => caller.member.listInvitations(),
    "member.invite": (caller) => caller.member.invite({ email: newAddress(), role: "planner" }),
    "member.revokeInvitation": (caller, x) => caller.member.revokeInvitation({ invitationId: x.invitationId }),
    "member.setRole": (caller, x) => caller.member.setRole({ userId: x.userId, role: "editor" }),
    "member.remove": (caller, x) => caller.member.remove({ userId: x.userId }),
  };
  // Procedures that name a record of A: B's admin gets NOT_FOUND. The others work in B's own organisation.
  const targeted = new Set(["member.revokeInvitation", "member.setRole", "member.remove"]);

  const expectedFor = (procedure: string): Record<Persona, { own: string; other: string }> => ({
    anonymous: { own: "UNAUTHORIZED", other: "UNAUTHORIZED" },
    planner: { own: "FORBIDDEN", other: "FORBIDDEN" },
    editor: { own: "FORBIDDEN", other: "FORBIDDEN" },
    admin: { own: "OK", other: targeted.has(procedure) ? "NOT_FOUND" : "OK" },
  });

  async function stateOfA() {
    return {
      members: await listMembers(t.db, { organisationId: a.organisation.id }),
      invitations: await callerFor(t.db, a, "admin").member.listInvitations(),
    };
  }

  for (const [procedure, call] of Object.entries(procedures)) {
    for (const persona of personas) {
      const expected = expectedFor(procedure)[persona];
      it(`${procedure} as ${persona}: own ${expected.own}, other organisation ${expected.other}`, async () => {
        // A member of A's who is only there for this case, and an open invitation of A's.
        const extra = await createTestUser(t.db, "extra");
        await setMemberRole(t.db, { organisationId: a.organisation.id, userId: extra.id, role: "planner", actorUserId: null });
        const { invitation } = await invite(a);
        const target = { invitationId: invitation.id, userId: extra.id };

        const before = await stateOfA();
        expect(await outcomeOf(() => call(callerFor(t.db, b, persona), target))).toBe(expected.other);
        expect(await stateOfA()).toEqual(before);
        if (procedure === "member.list" && persona === "admin") {
          const seen = await callerFor(t.db, b, "admin").member.list();
          expect(seen.map((member) => member.userId)).not.toContain(extra.id);
        }
        if (procedure === "member.listInvitations" && persona === "admin") {
          const seen = await callerFor(t.db, b, "admin").member.listInvitations();
          expect(seen.map((item) => item.id)).not.toContain(invitation.id);
        }
        expect(await outcomeOf(() => call(callerFor(t.db, a, persona), target))).toBe(expected.own);
      });
    }
  }

  for (const persona of personas) {
    it(`invitation.peek and invitation.accept as ${persona} of either organisation: the token decides, not the role`, async () => {
      const { token, email } = await invite(a);
      for (const tenant of [a, b]) {
        const caller = callerFor(t.db, tenant, persona);
        expect((await caller.invitation.peek({ token })).email).toBe(email);
        // Nobody signed in with another address accepts; signed out, it takes a new account's name and password.
        expect(await outcomeOf(() => caller.invitation.accept({ token }))).toBe(persona === "anonymous" ? "UNAUTHORIZED" : "FORBIDDEN");
      }
      expect(await outcomeOf(() => callerFor(t.db, b, "anonymous").invitation.peek({ token: "y".repeat(43) }))).toBe("NOT_FOUND");
      expect(await findUserByEmail(t.db, { email })).toBeNull();
    });
  }
});

/** The body of a quoted-printable mail as text (nodemailer encodes the Swedish letters so). */
function quotedPrintable(raw: string): string {
  const bytes = raw.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(bytes, "latin1").toString("utf8");
}

describe("invitations by mail", () => {
  const received: { to: string[]; text: string }[] = [];
  let smtp: SMTPServer;
  let smtpPort: number;

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS", "AUTH"],
      onData(stream, session, callback) {
        let text = "";
        stream.on("data", (chunk: Buffer) => (text += chunk.toString("utf8")));
        stream.on("end", () => {
          received.push({ to: session.envelope.rcptTo.map((rcpt) => rcpt.address), text: quotedPrintable(text) });
          callback();
        });
      },
    });
    // A port of this checkout's range (4661–4669); 0 would do as well but the brief asks for the range.
    await new Promise<void>((resolve, reject) => {
      smtp.server.once("error", reject);
      smtp.listen(4661, "127.0.0.1", () => resolve());
    });
    smtpPort = (smtp.server.address() as AddressInfo).port;
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => smtp?.close(() => resolve()));
  });

  function adminWithMailer(tenant: TestTenant, smtpUrl: string) {
    const user = tenant.admin;
    return createCaller(
      createInnerContext({
        db: t.db,
        session: { userId: user.id, email: user.email, name: user.name },
        organisationId: tenant.organisation.id,
        mailer: createMailer({ SMTP_URL: smtpUrl, MAIL_FROM: "Insats <insats@example.test>" }),
        calculatorUrl: "https://kalkyl.example.test",
      }),
    );
  }

  it("mails the link through the configured SMTP server and does not show it to the admin", async () => {
    const email = newAddress();
    const result = await adminWithMailer(a, `smtp://127.0.0.1:${smtpPort}`).member.invite({ email, role: "editor" });
    expect(result.delivery).toBe("email");
    expect(result.links).toBeNull();
    const mail = received.find((item) => item.to.includes(email));
    expect(mail?.text).toContain(`bjuder in dig till ${a.organisation.nameSv} i Insats som redaktör`);
    const link = /https:\/\/kalkyl\.example\.test\/inbjudan\/([A-Za-z0-9_-]{43})/.exec(mail?.text ?? "");
    expect(link).not.toBeNull();
    expect((await callerFor(t.db, a, "anonymous").invitation.peek({ token: link![1]! })).email).toBe(email);
  });

  it("a mail server that refuses gives the admin the link instead, and the invitation stands", async () => {
    const email = newAddress();
    // Nothing listens on the next port of the range.
    const result = await adminWithMailer(a, `smtp://127.0.0.1:4662`).member.invite({ email, role: "planner" });
    expect(result.delivery).toBe("emailFailed");
    expect(result.links!.sv).toMatch(/^https:\/\/kalkyl\.example\.test\/inbjudan\//);
    expect((await callerFor(t.db, a, "anonymous").invitation.peek({ token: tokenOf(result.links!.sv) })).status).toBe("open");
  });
});

describe("over HTTP, with the auth library's sign-up and sign-in", () => {
  let api: RunningApi;
  const headers = { "content-type": "application/json", origin: "http://localhost:3001" };
  const post = (path: string, body: unknown, extra: Record<string, string> = {}) =>
    fetch(`${api.url}${path}`, { method: "POST", headers: { ...headers, ...extra }, body: JSON.stringify(body) });

  beforeAll(async () => {
    api = await startTestApi();
  });

  afterAll(async () => {
    await api?.close();
  });

  it("sign-up answers a taken address exactly as a new one, without a session for either", async () => {
    const email = "upptagen@example.test";
    const first = await post("/auth/sign-up/email", { email, password: "ett-långt-lösenord", name: "Första" });
    const second = await post("/auth/sign-up/email", { email, password: "ett-annat-lösenord", name: "Andra" });
    expect([first.status, second.status]).toEqual([200, 200]);
    type SignUpAnswer = { token: unknown; user: Record<string, unknown> };
    const shape = (body: SignUpAnswer) => ({
      token: body.token,
      user: Object.keys(body.user).sort(),
      email: body.user.email,
      emailVerified: body.user.emailVerified,
    });
    expect(shape((await second.json()) as SignUpAnswer)).toEqual(shape((await first.json()) as SignUpAnswer));
    expect(first.headers.getSetCookie()).toEqual([]);
    expect(second.headers.getSetCookie()).toEqual([]);
  });

  it("a stranger's pre-registered account gets nothing; the invitee's link takes the address and gives the role", async () => {
    const tenant = await createTestTenant(api.database.db, "members-http");
    const email = "ny.kollega@example.test";
    await post("/auth/sign-up/email", { email, password: "främlingens-lösenord", name: "Främling" });
    const strangerSignIn = await post("/auth/sign-in/email", { email, password: "främlingens-lösenord" });
    expect(strangerSignIn.status).toBe(200);
    const strangerCookie = strangerSignIn.headers.getSetCookie().map((cookie) => cookie.split(";")[0]).join("; ");

    const admin = createCaller(
      createInnerContext({
        db: api.database.db,
        session: { userId: tenant.admin.id, email: tenant.admin.email, name: tenant.admin.name },
        organisationId: tenant.organisation.id,
      }),
    );
    const { links } = await admin.member.invite({ email, role: "editor" });
    const token = tokenOf(links!.sv);
    const meOf = async (cookie: string) =>
      ((await (await fetch(`${api.url}/trpc/me.get`, { headers: { cookie } })).json()) as { result: { data: { memberships: unknown[] } | null } }).result.data;
    expect((await meOf(strangerCookie))?.memberships).toEqual([]);

    const accept = await post("/trpc/invitation.accept", { token, account: { name: "Nina Ny", password: "nina-har-länken" } });
    expect(accept.status).toBe(200);
    // The stranger is signed out and their password no longer works; the invitee's does, and has the role.
    expect(await meOf(strangerCookie)).toBeNull();
    expect((await post("/auth/sign-in/email", { email, password: "främlingens-lösenord" })).status).toBe(401);
    const invitee = await post("/auth/sign-in/email", { email, password: "nina-har-länken" });
    expect(invitee.status).toBe(200);
    const inviteeCookie = invitee.headers.getSetCookie().map((cookie) => cookie.split(";")[0]).join("; ");
    expect((await meOf(inviteeCookie))?.memberships).toEqual([
      expect.objectContaining({ organisationId: tenant.organisation.id, role: "editor" }),
    ]);
  });
});
