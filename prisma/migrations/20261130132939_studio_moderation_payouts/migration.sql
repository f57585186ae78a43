/*
  Warnings:

  - A unique constraint covering the columns `[stripe_account_id]` on the table `maker` will be added. If there are existing duplicate values, this will fail.

*/
-- CreateEnum
CREATE TYPE "payout_method" AS ENUM ('bank_transfer', 'upi', 'cash', 'stripe_connect');

-- AlterTable
ALTER TABLE "maker" ADD COLUMN     "approved_at" TIMESTAMPTZ(3),
ADD COLUMN     "stripe_account_id" TEXT,
ADD COLUMN     "stripe_charges_enabled" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "organisation" ADD COLUMN     "trust_approved_artisans" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "product" ADD COLUMN     "review_comment" TEXT,
ADD COLUMN     "reviewed_at" TIMESTAMPTZ(3),
ADD COLUMN     "reviewed_by_id" UUID,
ADD COLUMN     "submitted_at" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "payout" (
    "id" UUID NOT NULL,
    "maker_id" UUID NOT NULL,
    "amount_inr" INTEGER NOT NULL,
    "method" "payout_method" NOT NULL,
    "reference" TEXT NOT NULL,
    "paid_on" DATE NOT NULL,
    "recorded_by_id" UUID,
    "order_id" UUID,
    "ledger_transaction_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "payout_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "payout_ledger_transaction_id_key" ON "payout"("ledger_transaction_id");

-- CreateIndex
CREATE INDEX "payout_maker_id_paid_on_idx" ON "payout"("maker_id", "paid_on");

-- CreateIndex
CREATE INDEX "ledger_transaction_kind_occurred_at_idx" ON "ledger_transaction"("kind", "occurred_at");

-- CreateIndex
CREATE UNIQUE INDEX "maker_stripe_account_id_key" ON "maker"("stripe_account_id");

-- CreateIndex
CREATE INDEX "product_organisation_id_status_idx" ON "product"("organisation_id", "status");

-- AddForeignKey
ALTER TABLE "payout" ADD CONSTRAINT "payout_maker_id_fkey" FOREIGN KEY ("maker_id") REFERENCES "maker"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "payout" ADD CONSTRAINT "payout_ledger_transaction_id_fkey" FOREIGN KEY ("ledger_transaction_id") REFERENCES "ledger_transaction"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written: a payout is positive and, like the ledger it posts to, never edited or deleted.
ALTER TABLE "payout" ADD CONSTRAINT "payout_amount_positive" CHECK (amount_inr > 0);
CREATE TRIGGER payout_append_only BEFORE UPDATE OR DELETE ON "payout" FOR EACH ROW EXECUTE FUNCTION ledger_refuse_change();
CREATE TRIGGER payout_no_truncate BEFORE TRUNCATE ON "payout" FOR EACH STATEMENT EXECUTE FUNCTION ledger_refuse_change();
