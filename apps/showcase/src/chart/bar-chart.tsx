// The charts are one module for both apps (@insats/charts).
export { HorizontalBarChart as BarChart, type HorizontalBarChartProps as BarChartProps, type HorizontalBarChartRow as BarChartRow } from "@insats/charts";
