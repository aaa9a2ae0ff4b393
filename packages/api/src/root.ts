import { meRouter } from "./routers/me.ts";
import { memberRouter } from "./routers/member.ts";
import { scenarioRouter } from "./routers/scenario.ts";
import { createCallerFactory, createTRPCRouter } from "./trpc.ts";

/** A router per aggregate, a procedure per verb. */
export const appRouter = createTRPCRouter({
  me: meRouter,
  member: memberRouter,
  scenario: scenarioRouter,
});

export type AppRouter = typeof appRouter;

/** Calls procedures in-process, e.g. `createCaller(createInnerContext({ db, session }))` in tests. */
export const createCaller = createCallerFactory(appRouter);
