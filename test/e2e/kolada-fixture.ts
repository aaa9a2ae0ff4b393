// The Kolada figures the end-to-end database is seeded with (seed-kolada.ts) that tests read: fixed years, and
// Norrköping's (0581) and the nation's own cost per granted hour of home care.
export const koladaFixture = {
  years: [2020, 2021, 2022, 2023, 2024],
  figures: [
    { kpi: "U21003", municipality: "0581", period: 2024, value: 641 },
    { kpi: "U21003", municipality: "0581", period: 2023, value: 618 },
    { kpi: "U21003", municipality: "0000", period: 2024, value: 702 },
  ],
} as const;
