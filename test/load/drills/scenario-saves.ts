// What the SIGKILL and restart drills share: planners' scenarios saved over and over, each save's answer
// recorded, and afterwards a check that every acknowledged save is stored whole.
import { scenarioTemplates } from "@insats/domain";
import { sleep } from "../services.ts";
import { type DrillContext } from "./drill.ts";

export interface TrackedScenario {
  id: string;
  /** The highest version the API acknowledged (200). */
  acknowledged: number;
  /** The highest version a save was sent for, answered or not. */
  attempted: number;
}

const input = scenarioTemplates[0]!.input;
/** The name of each save says which version it makes, so a row with another version's name is a half write. */
const nameOf = (version: number) => `Drill v${version}`;

export async function createScenarios(
  apiUrl: string,
  cookie: string,
  count: number,
): Promise<TrackedScenario[]> {
  const scenarios: TrackedScenario[] = [];
  for (let index = 0; index < count; index += 1) {
    const response = await fetch(`${apiUrl}/trpc/scenario.create`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie },
      body: JSON.stringify({ name: nameOf(1), input }),
    });
    if (!response.ok) throw new Error(`create failed: ${response.status} ${await response.text()}`);
    const { result } = (await response.json()) as { result: { data: { id: string; version: number } } };
    scenarios.push({ id: result.data.id, acknowledged: result.data.version, attempted: result.data.version });
  }
  return scenarios;
}

export interface SaveTally {
  acknowledged: number;
  /** Answers that were not 200 (the outage), by status. */
  refused: Map<number | "network", number>;
  /** Bodies of refusals that leaked internals. */
  leaks: string[];
}

/**
 * Saves each scenario in its own loop, one save at a time, until `until()` says stop (or `maxSaves` each). A save
 * that got no answer may or may not have been stored; the next one is sent for the version after it either way,
 * and a CONFLICT tells which.
 */
export async function saveInLoops(
  apiUrl: string,
  cookie: string,
  scenarios: TrackedScenario[],
  until: () => boolean,
  options: { maxSaves: number; leaksInternals: (body: string) => boolean },
): Promise<SaveTally> {
  const tally: SaveTally = { acknowledged: 0, refused: new Map(), leaks: [] };
  const refuse = (key: number | "network") => tally.refused.set(key, (tally.refused.get(key) ?? 0) + 1);
  await Promise.all(
    scenarios.map(async (scenario) => {
      let expected = scenario.acknowledged;
      for (let saves = 0; saves < options.maxSaves && !until(); saves += 1) {
        scenario.attempted = Math.max(scenario.attempted, expected + 1);
        try {
          const response = await fetch(`${apiUrl}/trpc/scenario.save`, {
            method: "POST",
            headers: { "content-type": "application/json", cookie },
            body: JSON.stringify({
              id: scenario.id,
              expectedVersion: expected,
              name: nameOf(expected + 1),
              input,
            }),
            signal: AbortSignal.timeout(5_000),
          });
          const body = await response.text();
          if (response.ok) {
            const version = (JSON.parse(body) as { result: { data: { version: number } } }).result.data
              .version;
            scenario.acknowledged = Math.max(scenario.acknowledged, version);
            expected = version;
            tally.acknowledged += 1;
            continue;
          }
          refuse(response.status);
          if (options.leaksInternals(body)) tally.leaks.push(body.slice(0, 300));
          // An unanswered earlier save was stored after all: carry on from the version it made.
          const current = /at version (\d+)/.exec(body)?.[1];
          if (response.status === 409 && current) expected = Number(current);
        } catch (error) {
          if (process.env.DRILL_DEBUG) console.error(error);
          refuse("network");
        }
        await sleep(50);
      }
    }),
  );
  return tally;
}

/** Every acknowledged save is there, nothing beyond what was sent, and the row and its history agree. */
export async function checkScenarios(
  apiUrl: string,
  cookie: string,
  scenarios: TrackedScenario[],
  { check }: DrillContext,
) {
  for (const scenario of scenarios) {
    const query = (input: object) => encodeURIComponent(JSON.stringify(input));
    const response = await fetch(`${apiUrl}/trpc/scenario.byId?input=${query({ id: scenario.id })}`, {
      headers: { cookie },
    });
    check(response.ok, `scenario ${scenario.id} could not be read: ${response.status}`);
    if (!response.ok) continue;
    const row = ((await response.json()) as { result: { data: { version: number; name: string } } }).result
      .data;
    check(
      row.version >= scenario.acknowledged,
      `scenario ${scenario.id}: version ${row.version}, but ${scenario.acknowledged} was acknowledged`,
    );
    check(
      row.version <= scenario.attempted,
      `scenario ${scenario.id}: version ${row.version}, but only ${scenario.attempted} was sent`,
    );
    check(
      row.name === nameOf(row.version),
      `scenario ${scenario.id}: version ${row.version} carries the name "${row.name}" (a half write)`,
    );

    const history = await fetch(
      `${apiUrl}/trpc/scenario.versions?input=${query({ id: scenario.id, limit: 100 })}`,
      { headers: { cookie } },
    );
    check(history.ok, `scenario ${scenario.id}: versions could not be read: ${history.status}`);
    if (!history.ok) continue;
    const items = (
      (await history.json()) as { result: { data: { items: { version: number; name: string }[] } } }
    ).result.data.items;
    check(
      items[0]?.version === row.version,
      `scenario ${scenario.id}: the newest saved version is ${items[0]?.version}, the row says ${row.version}`,
    );
    const versions = items.map((item) => item.version);
    check(
      new Set(versions).size === versions.length,
      `scenario ${scenario.id}: duplicate versions in the history`,
    );
    check(
      versions.every((version, index) => index === 0 || versions[index - 1] === version + 1),
      `scenario ${scenario.id}: gaps in the history: ${versions.slice(0, 10).join(", ")}…`,
    );
  }
}
