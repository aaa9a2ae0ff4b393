// A stand-in for Kolada's v3 API on loopback, for tests: no machine here reaches the internet. It answers
// `/v3/kpi/{id}` and `/v3/data/kpi/{ids}/year/{years}` in Kolada's shapes from generated figures, pages by
// `per_page` with `next_page`, and can be told to fail (5xx) or to answer slowly.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

import type { KoladaUnitCostKpiId } from "./kpis.ts";

/**
 * The configured KPIs' titles as Kolada's own KPI list gives them (kpis.ts, source [A]), so that a stand-in answers
 * `/v3/kpi/{id}` as Kolada would.
 */
export const koladaKpiTitles: Record<KoladaUnitCostKpiId, string> = {
  N33100: "Kostnad för HVB-hem, barn och unga 0-20 år, kr/vårddygn (genomsnitt)",
  N33101: "Kostnad/vårddygn för familjehemsvård av barn och unga 0-20 år, kr (genomsnitt)",
  N23009: "Kostnad särskilt boende äldreomsorg, kr/brukare",
  N21819: "Kostnad hemtjänst äldreomsorg, kr/hemtjänsttagare",
  U21003: "KPB - Kostnad hemtjänst, egen regi, kr/beviljad timme",
  N31006: "Utbetalt ekonomiskt bistånd per hushåll (exkl flyktinghushåll), kr/hushåll",
};

export interface StandInFigure {
  kpi: string;
  municipality: string;
  period: number;
  /** Null: Kolada lists the entry but has no value (a missing value). */
  value: number | null;
}

export interface KoladaStandInOptions {
  /** KPI id → title. */
  kpis: Record<string, string>;
  figures: StandInFigure[];
  /** Largest page the stand-in gives, whatever `per_page` asks. */
  maxPerPage?: number;
  port?: number;
}

export interface KoladaStandIn {
  /** The v3 base URL, e.g. http://127.0.0.1:4681/v3. */
  baseUrl: string;
  /** Paths asked, in order. */
  readonly requests: string[];
  /** The next `count` requests get this HTTP status. */
  failNext(count: number, status?: number): void;
  /** The next `count` requests are answered after `ms`. */
  delayNext(count: number, ms: number): void;
  setFigures(figures: StandInFigure[]): void;
  close(): Promise<void>;
}

export async function startKoladaStandIn(options: KoladaStandInOptions): Promise<KoladaStandIn> {
  let figures = options.figures;
  const requests: string[] = [];
  let failures = { count: 0, status: 503 };
  let delays = { count: 0, ms: 0 };
  let origin = "";

  const send = (response: ServerResponse, status: number, body: unknown) => {
    response.writeHead(status, { "content-type": "application/json; charset=utf-8" });
    response.end(JSON.stringify(body));
  };

  const answer = (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? "/", origin);
    requests.push(url.pathname + url.search);
    if (failures.count > 0) {
      failures.count -= 1;
      return send(response, failures.status, { error: "stand-in failure" });
    }
    const kpiMatch = /^\/v3\/kpi\/([^/]+)$/.exec(url.pathname);
    if (kpiMatch) {
      const ids = decodeURIComponent(kpiMatch[1] as string).split(",");
      const values = ids.flatMap((id) => {
        const title = options.kpis[id];
        return title === undefined
          ? []
          : [
              {
                id,
                title,
                description: `Stand-in for ${id}.`,
                is_divided_by_gender: true,
                municipality_type: "K",
              },
            ];
      });
      return send(response, 200, { values, count: values.length });
    }
    const dataMatch = /^\/v3\/data\/kpi\/([^/]+)\/year\/([^/]+)$/.exec(url.pathname);
    if (!dataMatch) return send(response, 404, { error: "not found" });
    const ids = new Set(decodeURIComponent(dataMatch[1] as string).split(","));
    const years = new Set(
      decodeURIComponent(dataMatch[2] as string)
        .split(",")
        .map(Number),
    );
    const matching = figures.filter((figure) => ids.has(figure.kpi) && years.has(figure.period));
    const perPage = Math.min(Number(url.searchParams.get("per_page") ?? 5_000), options.maxPerPage ?? 5_000);
    const page = Number(url.searchParams.get("page") ?? 1);
    const slice = matching.slice((page - 1) * perPage, page * perPage);
    const values = slice.map((figure) => ({
      kpi: figure.kpi,
      municipality: figure.municipality,
      period: figure.period,
      values: [
        { gender: "T", value: figure.value, status: figure.value === null ? "Missing" : "", count: 1 },
        { gender: "K", value: figure.value === null ? null : figure.value * 0.98, status: "", count: 1 },
        { gender: "M", value: figure.value === null ? null : figure.value * 1.02, status: "", count: 1 },
      ],
    }));
    let nextPage: string | null = null;
    if (page * perPage < matching.length) {
      const next = new URL(url);
      next.searchParams.set("page", String(page + 1));
      next.searchParams.set("per_page", String(perPage));
      nextPage = next.toString();
    }
    return send(response, 200, { values, count: values.length, next_page: nextPage });
  };

  const server = createServer((request, response) => {
    if (delays.count > 0) {
      delays.count -= 1;
      const timer = setTimeout(() => answer(request, response), delays.ms);
      response.on("close", () => clearTimeout(timer));
      return;
    }
    answer(request, response);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    baseUrl: `${origin}/v3`,
    requests,
    failNext: (count, status = 503) => {
      failures = { count, status };
    },
    delayNext: (count, ms) => {
      delays = { count, ms };
    },
    setFigures: (next) => {
      figures = next;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/**
 * Generated figures: every municipality × KPI × year, a deterministic value per cell, and every `missingEvery`th
 * cell listed without a value.
 */
export function generateStandInFigures(
  municipalities: readonly string[],
  kpis: readonly string[],
  years: readonly number[],
  missingEvery = 0,
): StandInFigure[] {
  const figures: StandInFigure[] = [];
  let cell = 0;
  for (const kpi of kpis) {
    for (const municipality of municipalities) {
      for (const period of years) {
        cell += 1;
        const value = missingEvery > 0 && cell % missingEvery === 0 ? null : 1_000 + ((cell * 7_919) % 9_000);
        figures.push({ kpi, municipality, period, value });
      }
    }
  }
  return figures;
}
