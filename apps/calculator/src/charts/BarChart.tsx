// The charts are one module for both apps (@insats/charts); these paths stay for the calculator's imports.
export { BarChart, type BarSeries } from "@insats/charts";
