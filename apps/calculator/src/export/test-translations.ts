// The app's messages outside a Next.js request, for the export tests. A message that cannot be formatted throws
// here, where next-intl would print its key into the file.
import { followUp, requireScenarioInput, type ActualsReport, type FollowUpInputJson } from "@insats/domain";
import { createTranslator } from "next-intl";
import en from "../../messages/en.json";
import sv from "../../messages/sv.json";
import type { FollowUp, Fund } from "@/follow-up/load";
import type { AppLocale } from "@/i18n/routing";
import { required } from "@/required";

export const exportMessages = { sv, en } as const;

export function exportTranslator(locale: AppLocale, namespace?: string) {
  return createTranslator({
    locale,
    messages: exportMessages[locale],
    namespace: namespace as never,
    onError: (error) => {
      throw error;
    },
  });
}

/** A saved scenario around an input, as the API would return it. */
export function exportRecord<Input>(input: Input & { name: string }, templateId: string | null) {
  return {
    id: "00000000-0000-4000-8000-000000000001",
    organisationId: "00000000-0000-4000-8000-000000000002",
    ownerId: null,
    name: input.name,
    description: "",
    input,
    templateId,
    initiativeSlug: null,
    summary: { npv: null, bcr: null, paybackOffset: null },
    version: 3,
    archivedAt: null,
    createdAt: "2026-01-01T00:00:00.000Z",
    updatedAt: "2026-01-02T00:00:00.000Z",
  };
}

/** A follow-up as the API answers it, around an engine input. */
export function followUpRecord(input: FollowUpInputJson, actuals: ActualsReport[] = (input.actuals ?? []), scenarioId = "00000000-0000-4000-8000-000000000001"): FollowUp {
  const scenario = requireScenarioInput(input.scenario);
  const fund = input.fund ? { fromOffset: 0, ...input.fund, cap: input.fund.cap ?? input.fund.grant } : null;
  return {
    decision: {
      scenarioId,
      scenarioName: scenario.name,
      scenarioVersion: 2,
      decidedOn: "2026-03-12",
      body: { kind: "fundBoard", name: "Fonden för sociala investeringar" },
      fund,
      decidedByName: "Planerare",
      version: 3,
      updatedAt: "2026-05-02T10:00:00.000Z",
      updatedByName: "Planerare",
    },
    scenario,
    actuals,
    result: followUp({ ...input, actuals }),
  };
}

/** The fund's books as the API's `followUp.fund` answers them, around follow-ups with a fund rule. */
export function fundRecord(followUps: FollowUp[]): Fund {
  const investments = followUps.map(({ decision, result }) => {
    const fund = required(result.fund, "the fund result of a follow-up with a fund rule");
    const grant = required(decision.fund, "the decision's fund rule").grant;
    const repaid = fund.reportedRepaid;
    const repaidBy = fund.repaidByOffset;
    return {
      decision,
      grant,
      repaid,
      outstanding: grant - repaid,
      repaidInYear: repaidBy === null ? null : required(result.years[repaidBy], "the year of repayment").year,
      ledger: result.years.map((year) => {
        const { repayment, balance } = required(year.fund, `the fund's figures for ${year.year}`);
        return { year: year.year, reported: year.reported, repayment, balance };
      }),
    };
  });
  const expected = new Map<number, number>();
  for (const { ledger } of investments) {
    for (const entry of ledger) if (!entry.reported && entry.repayment > 0) expected.set(entry.year, (expected.get(entry.year) ?? 0) + entry.repayment);
  }
  const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
  return {
    investments,
    expectedByYear: [...expected].sort(([a], [b]) => a - b).map(([year, repayment]) => ({ year, repayment })),
    totals: { grants: sum(investments.map((i) => i.grant)), repaid: sum(investments.map((i) => i.repaid)), outstanding: sum(investments.map((i) => i.outstanding)) },
  };
}
