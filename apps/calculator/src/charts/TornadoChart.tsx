export { TornadoChart, type TornadoRow } from "@insats/charts";
