import { contentRouter } from "./routers/content.ts";
import { followUpRouter } from "./routers/follow-up.ts";
import { initiativeRouter } from "./routers/initiative.ts";
import { invitationRouter } from "./routers/invitation.ts";
import { meRouter } from "./routers/me.ts";
import { memberRouter } from "./routers/member.ts";
import { newsRouter } from "./routers/news.ts";
import { organisationRouter } from "./routers/organisation.ts";
import { previewRouter } from "./routers/preview.ts";
import { scenarioRouter } from "./routers/scenario.ts";
import { searchRouter } from "./routers/search.ts";
import { sharedRouter, shareRouter } from "./routers/share.ts";
import { unitCostRouter } from "./routers/unit-cost.ts";
import { createCallerFactory, createTRPCRouter } from "./trpc.ts";

/** A router per aggregate, a procedure per verb. */
export const appRouter = createTRPCRouter({
  initiative: initiativeRouter,
  organisation: organisationRouter,
  news: newsRouter,
  search: searchRouter,
  unitCost: unitCostRouter,
  scenario: scenarioRouter,
  followUp: followUpRouter,
  share: shareRouter,
  shared: sharedRouter,
  content: contentRouter,
  preview: previewRouter,
  member: memberRouter,
  invitation: invitationRouter,
  me: meRouter,
});

export type AppRouter = typeof appRouter;

/** Calls procedures in-process, e.g. `createCaller(createInnerContext({ db, session }))` in tests. */
export const createCaller = createCallerFactory(appRouter);
