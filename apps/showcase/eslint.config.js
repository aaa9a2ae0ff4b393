import app from "@insats/eslint-config/app";

export default app;
