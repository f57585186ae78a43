import { useFetcher } from "@remix-run/react";
import { useId } from "react";
import type { StockAnswer } from "~/modules/studio/listing-schemas";
import { useTranslation } from "react-i18next";
import { buttonClass } from "./button";
import { ErrorList } from "./forms";

/**
 * One kind or size's stock, changed with one tap on Save. Posts to the page's own action (intent
 * "stock"): in place with JavaScript, as a plain form without it.
 */
export function StockTap({ variantId, label, stock }: { variantId: string; label: string; stock: number }) {
  const { t } = useTranslation("studio");
  const fetcher = useFetcher<StockAnswer>();
  const id = useId();
  const answer = fetcher.data?.variantId === variantId ? fetcher.data : null;
  const saving = fetcher.state !== "idle";
  const errorId = answer?.errors?.length ? `${id}-error` : undefined;
  return (
    <fetcher.Form method="post" className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="intent" value="stock" />
      <input type="hidden" name="variantId" value={variantId} />
      <div>
        <label htmlFor={id} className="block text-sm font-semibold text-stone-800">
          {label}
        </label>
        <input
          id={id}
          name="stock"
          type="number"
          inputMode="numeric"
          min={0}
          step={1}
          defaultValue={stock}
          required
          aria-invalid={errorId ? true : undefined}
          aria-describedby={errorId}
          className="mt-1 block min-h-11 w-24 rounded-md border border-stone-500 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-700"
        />
      </div>
      <button type="submit" className={buttonClass.primary} disabled={saving}>
        {saving ? t("stock.saving") : t("stock.save")}
      </button>
      <p className="basis-full text-sm" aria-live="polite">
        {answer?.ok && !saving ? t("stock.saved") : ""}
      </p>
      <ErrorList id={errorId} errors={answer?.errors} />
    </fetcher.Form>
  );
}
