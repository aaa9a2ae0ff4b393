import { payerKeys, type Payer } from "@insats/domain";

/** The payers present in a result, in the contract's order. */
export function payersIn(byPayer: Partial<Record<Payer, unknown>>): Payer[] {
  return payerKeys.filter((payer) => byPayer[payer] !== undefined);
}

