// Grouped bars per year inside a figure with its sentence and table (@insats/charts, shared with the calculator).
export { BarChart as YearBarChart, ChartFigure } from "@insats/charts";
