// Public API of @insats/domain. Each concept has its own folder with a barrel; add one line per folder.
export * from "./evaluation/design.ts";
