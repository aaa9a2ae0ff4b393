export { LineChart } from "@insats/charts";
