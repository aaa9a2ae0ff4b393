import { createDb } from "./src/client.ts";
import { listInitiatives } from "./src/queries/initiatives.ts";
import { initiativePageSchema } from "./src/queries/outputs.ts";
const handle = await createDb({ databaseUrl: "postgres://postgres@127.0.0.1:55432/scale10k" });
const page = await listInitiatives(handle.db, { limit: 20 } as any);
await handle.close();
const N = 5000;
for (const round of [1, 2]) {
  let t = performance.now();
  for (let i = 0; i < N; i++) await initiativePageSchema.parseAsync(page);
  const a = (performance.now() - t) / N;
  t = performance.now();
  for (let i = 0; i < N; i++) initiativePageSchema.parse(page);
  const s = (performance.now() - t) / N;
  t = performance.now();
  for (let i = 0; i < N; i++) JSON.stringify(page);
  const j = (performance.now() - t) / N;
  console.log(`round ${round}: parseAsync ${a.toFixed(3)} ms, parse ${s.toFixed(3)} ms, JSON.stringify ${j.toFixed(3)} ms`);
}
