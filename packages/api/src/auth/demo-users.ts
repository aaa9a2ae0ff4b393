import { type Database, findUserByEmail, getOrganisationByScbCode, setMemberRole } from "@insats/db";
import { type Role } from "./roles.ts";
import { type Auth } from "./better-auth.ts";

export interface DemoUser {
  email: string;
  password: string;
  name: string;
  role: Role;
  /** SCB code of the municipality the user works in. */
  scbCode: string;
  description: string;
}

/**
 * Demo accounts for trying the product on the embedded database. The password is public, so the API
 * never creates them in production (server/main.ts).
 */
export const demoPassword = "insats-demo-2026";

const demoAccounts: readonly Omit<DemoUser, "password">[] = [
  { email: "planerare@norrkoping.demo.insats.se", name: "Petra Planerare", role: "planner", scbCode: "0581", description: "planner, Norrköpings kommun" },
  { email: "redaktor@norrkoping.demo.insats.se", name: "Erik Redaktör", role: "editor", scbCode: "0581", description: "editor, Norrköpings kommun" },
  { email: "admin@norrkoping.demo.insats.se", name: "Anna Admin", role: "admin", scbCode: "0581", description: "admin, Norrköpings kommun" },
  { email: "planerare@orebro.demo.insats.se", name: "Olle Planerare", role: "planner", scbCode: "1880", description: "planner, Örebro kommun" },
];

export const demoUsers: readonly DemoUser[] = demoAccounts.map((user) => ({ ...user, password: demoPassword }));

/** Creates the demo users and their memberships where missing; idempotent. */
export async function seedDemoUsers(db: Database, auth: Auth): Promise<readonly DemoUser[]> {
  for (const demo of demoUsers) {
    const organisation = await getOrganisationByScbCode(db, { scbCode: demo.scbCode });
    if (!organisation) throw new Error(`Demo users need the seeded municipality ${demo.scbCode}`);
    let user = await findUserByEmail(db, { email: demo.email });
    if (!user) {
      await auth.api.signUpEmail({ body: { email: demo.email, password: demo.password, name: demo.name } });
      user = await findUserByEmail(db, { email: demo.email });
      if (!user) throw new Error(`Could not create demo user ${demo.email}`);
    }
    await setMemberRole(db, { organisationId: organisation.id, userId: user.id, role: demo.role, actorUserId: null });
  }
  return demoUsers;
}
