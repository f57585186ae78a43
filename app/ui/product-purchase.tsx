import { Form } from "@remix-run/react";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { DisplayPrice } from "~/modules/catalog/buyer-prices";
import type { StockState } from "~/modules/catalog/stock";
import { buttonClass } from "./button";
import { useHydrated } from "./use-hydrated";

export interface PurchasableVariant {
  id: string;
  option: string;
  sku: string;
  weightGrams: number;
  hsCode: string | null;
  price: DisplayPrice;
  stock: StockState;
  /** How many are left, only when few are. */
  left: number | null;
  /** What the maker (or her organisation) receives of this price. */
  makerShare: DisplayPrice;
}

const MAX_QUANTITY = 20;

/**
 * Price, stock, impact line and the "Add to cart" form (posted to /cart). The variant picker is a
 * radio group inside that form, so choosing works without JavaScript; with it, price and stock follow the choice.
 */
export function ProductPurchase({ variants, initialVariantId, madeBy }: { variants: PurchasableVariant[]; initialVariantId: string; madeBy: string | null }) {
  const { t } = useTranslation("shop");
  const [selectedId, setSelectedId] = useState(initialVariantId);
  const choices = useRef<HTMLFieldSetElement>(null);
  useEffect(() => {
    // A buyer may choose before JavaScript has taken over: keep that choice, not the one the server rendered.
    const chosen = choices.current?.querySelector<HTMLInputElement>("input[type=radio]:checked")?.value;
    if (chosen) setSelectedId(chosen);
  }, []);
  const selected = variants.find((variant) => variant.id === selectedId) ?? variants[0]!;
  const soldOut = variants.every((variant) => variant.stock === "sold_out");
  const limit = (variant: PurchasableVariant) => variant.left ?? MAX_QUANTITY;
  // Without JavaScript the limit cannot follow the radio buttons: allow what any variant allows (the cart refuses more than its stock).
  const hydrated = useHydrated();
  const maxQuantity = hydrated ? limit(selected) : Math.max(...variants.filter((variant) => variant.stock !== "sold_out").map(limit), 1);
  const stockText = (variant: PurchasableVariant) => (variant.stock === "low" ? t("stock.low", { left: variant.left ?? 0 }) : t(`stock.${variant.stock}`));
  return (
    <div className="mt-4 space-y-4">
      <p className="text-2xl font-semibold text-stone-900">
        <span className="sr-only">{t("product.price")} </span>
        {selected.price.text}
      </p>
      <p className={`font-semibold ${selected.stock === "in_stock" ? "text-brand-800" : "text-stone-800"}`}>{stockText(selected)}</p>
      <p className="rounded-md border border-brand-700 bg-brand-50 p-3 text-brand-900">
        {madeBy ? t("product.impactOrganisation", { amount: selected.makerShare.text, organisation: madeBy }) : t("product.impactMaker", { amount: selected.makerShare.text })}
      </p>
      {soldOut ? null : (
        <Form method="post" action="/cart" className="space-y-4">
          <input type="hidden" name="intent" value="add" />
          {variants.length === 1 ? (
            <input type="hidden" name="variantId" value={selected.id} />
          ) : (
            <fieldset ref={choices}>
              <legend className="text-sm font-semibold text-stone-800">{t("product.chooseOption")}</legend>
              <div className="mt-2 grid gap-2">
                {variants.map((variant) => (
                  <label
                    key={variant.id}
                    className="flex min-h-11 cursor-pointer items-center gap-3 rounded-md border border-stone-400 bg-white px-3 py-2 has-[:checked]:border-brand-800 has-[:checked]:bg-brand-50 has-[:disabled]:cursor-not-allowed has-[:disabled]:bg-stone-100"
                  >
                    <input
                      type="radio"
                      name="variantId"
                      value={variant.id}
                      checked={variant.id === selected.id}
                      onChange={() => setSelectedId(variant.id)}
                      disabled={variant.stock === "sold_out"}
                      className="size-5 accent-brand-800"
                    />
                    <span className="flex-1 text-stone-900">{variant.option}</span>
                    <span className="text-stone-900">{variant.price.text}</span>
                    <span className="w-28 text-right text-sm text-stone-700">{stockText(variant)}</span>
                  </label>
                ))}
              </div>
            </fieldset>
          )}
          <div className="flex flex-wrap items-end gap-3">
            <div>
              <label htmlFor="quantity" className="block text-sm font-semibold text-stone-800">
                {t("product.quantity")}
              </label>
              <input
                id="quantity"
                name="quantity"
                type="number"
                inputMode="numeric"
                min={1}
                max={maxQuantity}
                defaultValue={1}
                className="mt-1 block min-h-11 w-24 rounded-md border border-stone-500 bg-white px-3 py-2 text-base"
              />
            </div>
            <button type="submit" className={buttonClass.primary} disabled={selected.stock === "sold_out"}>
              {t("product.addToCart")}
            </button>
          </div>
        </Form>
      )}
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm text-stone-800">
        {variants.length === 1 ? (
          <>
            <dt className="font-semibold">{t("product.option")}</dt>
            <dd>{selected.option}</dd>
          </>
        ) : null}
        <dt className="font-semibold">{t("product.sku")}</dt>
        <dd>{selected.sku}</dd>
        <dt className="font-semibold">{t("product.weight")}</dt>
        <dd>{t("product.grams", { grams: selected.weightGrams })}</dd>
        {selected.hsCode ? (
          <>
            <dt className="font-semibold">{t("product.hsCode")}</dt>
            <dd>{selected.hsCode}</dd>
          </>
        ) : null}
      </dl>
    </div>
  );
}
