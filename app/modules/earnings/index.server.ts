/** The earnings module's public surface: exchange rates, fee rules, the ledger, payouts and the makers' statements. */
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
export { feeTermsFor, makerShareOf, listFeeRules, addFeeRule, type FeeRuleResult } from "./fee-rules.server";
export { splitLine, NO_FEES, type FeeTerms, type LineSplit } from "./fees";
export { postTransaction, postOrderPaid, postRefund, balanceOf, makerEarningsSince, accountKey, type EntryInput, type TransactionInput } from "./ledger.server";
export { releaseLineEarnings, releaseDueEarnings } from "./availability.server";
export { startEarningsRelease, stopEarningsRelease, runEarningsRelease } from "./release-schedule.server";
export { availableBalance, recordPayout, isPayoutDateAllowed, PAYOUT_BACKDATE_DAYS, type PayoutInput, type PayoutResult } from "./payouts.server";
export { submitPayout, type PayoutFormOutcome } from "./payout-form.server";
export { makerBalances, monthlyEarnedOfMakers, monthlyEarnings, type MakerBalances, type MonthFigures } from "./balances.server";
export { statement, type Statement, type StatementLine, type StatementKind, type MakerAccount } from "./statement.server";
export { statementCsv, statementFileName, STATEMENT_CSV_COLUMNS } from "./statement-csv.server";
export { payoutsOf, makersWithBalances, recentPayouts, payoutReceipt, type PayoutSummary, type MakerWithBalance, type RecentPayout, type PayoutReceipt } from "./payout-views.server";
export { makersVisibleTo, visibleMaker, chooseMaker, makerForPage, type EarningsViewer, type MakerRef } from "./earnings-access.server";
export { postDestinationChargePayout } from "./connect-payouts.server";
