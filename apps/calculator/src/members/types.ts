import type { ApiClient } from "@/api/server";

export type Member = Awaited<ReturnType<ApiClient["member"]["list"]["query"]>>[number];
export type PendingInvitation = Awaited<ReturnType<ApiClient["member"]["listInvitations"]["query"]>>[number];
export const roles = ["planner", "editor", "admin"] as const;
export type Role = (typeof roles)[number];
