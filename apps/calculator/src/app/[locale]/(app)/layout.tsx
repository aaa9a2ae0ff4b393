import type { ReactNode } from "react";
import { AppHeader } from "@/layout/AppHeader";

// Every page behind login reads the planner's session: nothing here can be prerendered at build time.
export const dynamic = "force-dynamic";

export default function SignedInLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <AppHeader />
      <main id="main" tabIndex={-1} className="page">
        {children}
      </main>
    </>
  );
}
