// KPI (konsumentprisindex, 1980 = 100) as data, so that the package needs no file at run time or test time.
//
// Sources:
// - Annual averages 2010–2023: SCB (Statistics Sweden), "Konsumentprisindex (1980=100), fastställda tal",
//   årsmedeltal.
// - Monthly figures January 2023 – November 2024: SCB, "Konsumentprisindex (1980=100), fastställda tal" (2023 and
//   January–March 2024); April–November 2024 as republished from SCB by Björn Lundén's KPI table.
// Copied from the project's reference data (reference/cpi-sweden.csv and cpi-sweden-monthly.csv); when SCB
// publishes new figures, append them here and the tests of cpi.ts check the series is still consecutive.

/** Annual averages, consecutive and ascending. */
export const kpiAnnualAverages = [
  { year: 2010, index: 303.46 },
  { year: 2011, index: 311.43 },
  { year: 2012, index: 314.2 },
  { year: 2013, index: 314.06 },
  { year: 2014, index: 313.49 },
  { year: 2015, index: 313.35 },
  { year: 2016, index: 316.43 },
  { year: 2017, index: 322.11 },
  { year: 2018, index: 328.4 },
  { year: 2019, index: 334.26 },
  { year: 2020, index: 335.92 },
  { year: 2021, index: 343.19 },
  { year: 2022, index: 371.91 },
  { year: 2023, index: 403.7 },
] as const;

/** Monthly figures, consecutive and ascending. */
export const kpiMonthly = [
  { year: 2023, month: 1, index: 391.5 },
  { year: 2023, month: 2, index: 395.82 },
  { year: 2023, month: 3, index: 398.08 },
  { year: 2023, month: 4, index: 399.93 },
  { year: 2023, month: 5, index: 401.19 },
  { year: 2023, month: 6, index: 405.49 },
  { year: 2023, month: 7, index: 405.67 },
  { year: 2023, month: 8, index: 405.97 },
  { year: 2023, month: 9, index: 408.05 },
  { year: 2023, month: 10, index: 409.07 },
  { year: 2023, month: 11, index: 410.35 },
  { year: 2023, month: 12, index: 413.34 },
  { year: 2024, month: 1, index: 412.74 },
  { year: 2024, month: 2, index: 413.76 },
  { year: 2024, month: 3, index: 414.26 },
  { year: 2024, month: 4, index: 415.5 },
  { year: 2024, month: 5, index: 416.18 },
  { year: 2024, month: 6, index: 415.86 },
  { year: 2024, month: 7, index: 416.22 },
  { year: 2024, month: 8, index: 413.78 },
  { year: 2024, month: 9, index: 414.57 },
  { year: 2024, month: 10, index: 415.51 },
  { year: 2024, month: 11, index: 416.75 },
] as const;
