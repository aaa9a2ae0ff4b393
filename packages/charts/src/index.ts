// The charts of both Insats apps. Plain React and SVG: the apps pass in translated text and formatted numbers, and
// style the charts with their own CSS classes (`charts.css` holds the layout the package itself needs).
export { BarChart, type BarChartProps, type BarSeries } from "./BarChart.tsx";
export { ChartFigure, type ChartFigureProps, type ChartTable } from "./ChartFigure.tsx";
export { HorizontalBarChart, type HorizontalBarChartProps, type HorizontalBarChartRow } from "./HorizontalBarChart.tsx";
export { Legend, type LegendItem } from "./Legend.tsx";
export { LineChart, type LineChartProps } from "./LineChart.tsx";
export { TornadoChart, type TornadoChartProps, type TornadoRow } from "./TornadoChart.tsx";
export { axisTicks, niceStep, niceTicks, scaleLinear, type Ticks } from "./ticks.ts";
