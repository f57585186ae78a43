/** At or below this many units, the shop says how few are left. */
export const LOW_STOCK = 5;

export type StockState = "in_stock" | "low" | "sold_out";

export function stockState(stock: number): StockState {
  if (stock <= 0) return "sold_out";
  return stock <= LOW_STOCK ? "low" : "in_stock";
}
