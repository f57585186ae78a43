/** The earnings module's public surface: exchange rates, fee rules and the ledger. */
export {
  currentRates,
  rateFor,
  availableCurrencies,
  listRates,
  saveRates,
  readRate,
  parseRatesCsv,
  forgetCachedRates,
  type Rate,
  type RateInput,
  type RateProblem,
} from "./exchange-rates.server";
export { feeTermsFor, makerShareOf } from "./fee-rules.server";
export { splitLine, NO_FEES, type FeeTerms, type LineSplit } from "./fees";
export { postTransaction, postOrderPaid, postRefund, balanceOf, makerEarningsSince, accountKey, type EntryInput, type TransactionInput } from "./ledger.server";
export { releaseLineEarnings, releaseDueEarnings } from "./availability.server";
export { availableBalance, recordPayout, type PayoutInput, type PayoutResult } from "./payouts.server";
