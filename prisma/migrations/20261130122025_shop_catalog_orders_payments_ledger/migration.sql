-- CreateEnum
CREATE TYPE "media_provider" AS ENUM ('local', 'cloudinary');

-- CreateEnum
CREATE TYPE "product_status" AS ENUM ('draft', 'pending_approval', 'active', 'archived');

-- CreateEnum
CREATE TYPE "order_status" AS ENUM ('pending_payment', 'paid', 'partly_shipped', 'shipped', 'delivered', 'cancelled', 'refunded');

-- CreateEnum
CREATE TYPE "order_line_status" AS ENUM ('pending', 'paid', 'shipped', 'delivered', 'cancelled', 'refunded');

-- CreateEnum
CREATE TYPE "reservation_status" AS ENUM ('held', 'committed', 'released');

-- CreateEnum
CREATE TYPE "refund_status" AS ENUM ('pending', 'succeeded', 'failed');

-- CreateEnum
CREATE TYPE "ledger_account_kind" AS ENUM ('maker_pending', 'maker_available', 'maker_paid_out', 'organisation_earnings', 'organisation_fees', 'platform_fees', 'payments_clearing', 'shipping_passthrough');

-- CreateTable
CREATE TABLE "media_asset" (
    "id" UUID NOT NULL,
    "provider" "media_provider" NOT NULL,
    "storage_key" TEXT NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "bytes" INTEGER NOT NULL,
    "format" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "media_asset_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "category" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name_en" TEXT NOT NULL,
    "name_hi" TEXT,
    "description_en" TEXT,
    "description_hi" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "category_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "maker" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "organisation_id" UUID NOT NULL,
    "user_id" UUID,
    "display_name" TEXT NOT NULL,
    "craft" TEXT,
    "region" TEXT,
    "story_en" TEXT,
    "story_hi" TEXT,
    "photo_asset_id" UUID,
    "photo_alt_en" TEXT,
    "photo_alt_hi" TEXT,
    "public_profile" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "maker_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "product" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "category_id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "maker_id" UUID,
    "title_en" TEXT NOT NULL,
    "title_hi" TEXT,
    "description_en" TEXT NOT NULL,
    "description_hi" TEXT,
    "materials_en" TEXT,
    "materials_hi" TEXT,
    "care_en" TEXT,
    "care_hi" TEXT,
    "origin_region" TEXT NOT NULL,
    "status" "product_status" NOT NULL DEFAULT 'draft',
    "featured" BOOLEAN NOT NULL DEFAULT false,
    "published_at" TIMESTAMPTZ(3),
    "search_vector" tsvector,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "product_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "product_variant" (
    "id" UUID NOT NULL,
    "product_id" UUID NOT NULL,
    "sku" TEXT NOT NULL,
    "option_en" TEXT NOT NULL,
    "option_hi" TEXT,
    "price_inr" INTEGER NOT NULL,
    "stock" INTEGER NOT NULL,
    "weight_grams" INTEGER NOT NULL,
    "hs_code" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "product_variant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "product_image" (
    "id" UUID NOT NULL,
    "product_id" UUID NOT NULL,
    "asset_id" UUID NOT NULL,
    "alt_en" TEXT NOT NULL,
    "alt_hi" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "product_image_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "exchange_rate" (
    "id" UUID NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "inr_per_unit_micros" BIGINT NOT NULL,
    "valid_from" TIMESTAMPTZ(3) NOT NULL,
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "exchange_rate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "shipping_zone" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name_en" TEXT NOT NULL,
    "name_hi" TEXT,
    "countries" TEXT[],
    "is_default" BOOLEAN NOT NULL DEFAULT false,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "shipping_zone_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "shipping_rate" (
    "id" UUID NOT NULL,
    "zone_id" UUID NOT NULL,
    "max_weight_grams" INTEGER NOT NULL,
    "price_inr" INTEGER NOT NULL,

    CONSTRAINT "shipping_rate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "cart" (
    "id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "cart_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "cart_item" (
    "id" UUID NOT NULL,
    "cart_id" UUID NOT NULL,
    "variant_id" UUID NOT NULL,
    "quantity" INTEGER NOT NULL,
    "added_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "cart_item_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "shop_order" (
    "id" UUID NOT NULL,
    "number" SERIAL NOT NULL,
    "status" "order_status" NOT NULL DEFAULT 'pending_payment',
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "phone" TEXT,
    "billing_address" JSONB NOT NULL,
    "shipping_address" JSONB NOT NULL,
    "shipping_country" CHAR(2) NOT NULL,
    "language" TEXT NOT NULL DEFAULT 'en',
    "currency" CHAR(3) NOT NULL,
    "exchange_rate_id" UUID,
    "inr_per_unit_micros" BIGINT NOT NULL,
    "subtotal_inr" INTEGER NOT NULL,
    "shipping_inr" INTEGER NOT NULL,
    "total_inr" INTEGER NOT NULL,
    "subtotal_minor" INTEGER NOT NULL,
    "shipping_minor" INTEGER NOT NULL,
    "total_minor" INTEGER NOT NULL,
    "weight_grams" INTEGER NOT NULL,
    "payment_provider" TEXT NOT NULL,
    "provider_ref" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "paid_at" TIMESTAMPTZ(3),
    "cancelled_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "shop_order_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_line" (
    "id" UUID NOT NULL,
    "order_id" UUID NOT NULL,
    "variant_id" UUID NOT NULL,
    "product_id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "maker_id" UUID,
    "title" TEXT NOT NULL,
    "option" TEXT NOT NULL,
    "sku" TEXT NOT NULL,
    "quantity" INTEGER NOT NULL,
    "unit_price_inr" INTEGER NOT NULL,
    "unit_price_minor" INTEGER NOT NULL,
    "total_inr" INTEGER NOT NULL,
    "total_minor" INTEGER NOT NULL,
    "status" "order_line_status" NOT NULL DEFAULT 'pending',
    "shipment_id" UUID,

    CONSTRAINT "order_line_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "stock_reservation" (
    "id" UUID NOT NULL,
    "order_id" UUID NOT NULL,
    "variant_id" UUID NOT NULL,
    "quantity" INTEGER NOT NULL,
    "status" "reservation_status" NOT NULL DEFAULT 'held',
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolved_at" TIMESTAMPTZ(3),

    CONSTRAINT "stock_reservation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "shipment" (
    "id" UUID NOT NULL,
    "order_id" UUID NOT NULL,
    "carrier" TEXT NOT NULL,
    "tracking_number" TEXT NOT NULL,
    "shipped_at" TIMESTAMPTZ(3) NOT NULL,
    "delivered_at" TIMESTAMPTZ(3),
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "shipment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "payment_event" (
    "id" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "order_id" UUID,
    "received_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "payload" JSONB NOT NULL,

    CONSTRAINT "payment_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "refund" (
    "id" UUID NOT NULL,
    "order_id" UUID NOT NULL,
    "order_line_id" UUID,
    "amount_inr" INTEGER NOT NULL,
    "amount_minor" INTEGER NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "restock" BOOLEAN NOT NULL DEFAULT false,
    "reason" TEXT,
    "idempotency_key" TEXT NOT NULL,
    "provider_refund_id" TEXT,
    "status" "refund_status" NOT NULL DEFAULT 'pending',
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "refund_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "fee_rule" (
    "id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "valid_from" TIMESTAMPTZ(3) NOT NULL,
    "cooperative_percent_bp" INTEGER NOT NULL,
    "cooperative_flat_inr" INTEGER NOT NULL,
    "platform_percent_bp" INTEGER NOT NULL,
    "platform_flat_inr" INTEGER NOT NULL,
    "hold_days" INTEGER NOT NULL DEFAULT 14,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "fee_rule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ledger_account" (
    "id" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "kind" "ledger_account_kind" NOT NULL,
    "maker_id" UUID,
    "organisation_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ledger_account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ledger_transaction" (
    "id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "idempotency_key" TEXT NOT NULL,
    "order_id" UUID,
    "description" TEXT NOT NULL,
    "occurred_at" TIMESTAMPTZ(3) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ledger_transaction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ledger_entry" (
    "id" UUID NOT NULL,
    "transaction_id" UUID NOT NULL,
    "account_id" UUID NOT NULL,
    "amount_inr" BIGINT NOT NULL,
    "order_line_id" UUID,
    "original_currency" CHAR(3),
    "original_amount_minor" BIGINT,

    CONSTRAINT "ledger_entry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "media_asset_storage_key_key" ON "media_asset"("storage_key");

-- CreateIndex
CREATE UNIQUE INDEX "category_slug_key" ON "category"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "maker_slug_key" ON "maker"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "maker_user_id_key" ON "maker"("user_id");

-- CreateIndex
CREATE INDEX "maker_organisation_id_idx" ON "maker"("organisation_id");

-- CreateIndex
CREATE UNIQUE INDEX "product_slug_key" ON "product"("slug");

-- CreateIndex
CREATE INDEX "product_status_category_id_idx" ON "product"("status", "category_id");

-- CreateIndex
CREATE INDEX "product_status_published_at_idx" ON "product"("status", "published_at");

-- CreateIndex
CREATE INDEX "product_maker_id_idx" ON "product"("maker_id");

-- CreateIndex
CREATE INDEX "product_search_vector_idx" ON "product" USING GIN ("search_vector");

-- CreateIndex
CREATE UNIQUE INDEX "product_variant_sku_key" ON "product_variant"("sku");

-- CreateIndex
CREATE INDEX "product_variant_product_id_idx" ON "product_variant"("product_id");

-- CreateIndex
CREATE INDEX "product_image_product_id_position_idx" ON "product_image"("product_id", "position");

-- CreateIndex
CREATE UNIQUE INDEX "exchange_rate_currency_valid_from_key" ON "exchange_rate"("currency", "valid_from");

-- CreateIndex
CREATE UNIQUE INDEX "shipping_zone_code_key" ON "shipping_zone"("code");

-- CreateIndex
CREATE UNIQUE INDEX "shipping_rate_zone_id_max_weight_grams_key" ON "shipping_rate"("zone_id", "max_weight_grams");

-- CreateIndex
CREATE INDEX "cart_updated_at_idx" ON "cart"("updated_at");

-- CreateIndex
CREATE UNIQUE INDEX "cart_item_cart_id_variant_id_key" ON "cart_item"("cart_id", "variant_id");

-- CreateIndex
CREATE UNIQUE INDEX "shop_order_number_key" ON "shop_order"("number");

-- CreateIndex
CREATE UNIQUE INDEX "shop_order_provider_ref_key" ON "shop_order"("provider_ref");

-- CreateIndex
CREATE INDEX "shop_order_status_created_at_idx" ON "shop_order"("status", "created_at");

-- CreateIndex
CREATE INDEX "shop_order_email_idx" ON "shop_order"("email");

-- CreateIndex
CREATE INDEX "order_line_order_id_idx" ON "order_line"("order_id");

-- CreateIndex
CREATE INDEX "order_line_maker_id_status_idx" ON "order_line"("maker_id", "status");

-- CreateIndex
CREATE INDEX "order_line_organisation_id_status_idx" ON "order_line"("organisation_id", "status");

-- CreateIndex
CREATE INDEX "stock_reservation_status_expires_at_idx" ON "stock_reservation"("status", "expires_at");

-- CreateIndex
CREATE INDEX "stock_reservation_order_id_idx" ON "stock_reservation"("order_id");

-- CreateIndex
CREATE INDEX "shipment_order_id_idx" ON "shipment"("order_id");

-- CreateIndex
CREATE INDEX "payment_event_order_id_idx" ON "payment_event"("order_id");

-- CreateIndex
CREATE UNIQUE INDEX "refund_idempotency_key_key" ON "refund"("idempotency_key");

-- CreateIndex
CREATE INDEX "refund_order_id_idx" ON "refund"("order_id");

-- CreateIndex
CREATE UNIQUE INDEX "fee_rule_organisation_id_valid_from_key" ON "fee_rule"("organisation_id", "valid_from");

-- CreateIndex
CREATE UNIQUE INDEX "ledger_account_key_key" ON "ledger_account"("key");

-- CreateIndex
CREATE INDEX "ledger_account_maker_id_idx" ON "ledger_account"("maker_id");

-- CreateIndex
CREATE INDEX "ledger_account_organisation_id_idx" ON "ledger_account"("organisation_id");

-- CreateIndex
CREATE UNIQUE INDEX "ledger_transaction_idempotency_key_key" ON "ledger_transaction"("idempotency_key");

-- CreateIndex
CREATE INDEX "ledger_transaction_order_id_idx" ON "ledger_transaction"("order_id");

-- CreateIndex
CREATE INDEX "ledger_transaction_occurred_at_idx" ON "ledger_transaction"("occurred_at");

-- CreateIndex
CREATE INDEX "ledger_entry_transaction_id_idx" ON "ledger_entry"("transaction_id");

-- CreateIndex
CREATE INDEX "ledger_entry_account_id_idx" ON "ledger_entry"("account_id");

-- CreateIndex
CREATE INDEX "ledger_entry_order_line_id_idx" ON "ledger_entry"("order_line_id");

-- AddForeignKey
ALTER TABLE "maker" ADD CONSTRAINT "maker_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "maker" ADD CONSTRAINT "maker_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "maker" ADD CONSTRAINT "maker_photo_asset_id_fkey" FOREIGN KEY ("photo_asset_id") REFERENCES "media_asset"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "product" ADD CONSTRAINT "product_category_id_fkey" FOREIGN KEY ("category_id") REFERENCES "category"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "product" ADD CONSTRAINT "product_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "product" ADD CONSTRAINT "product_maker_id_fkey" FOREIGN KEY ("maker_id") REFERENCES "maker"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "product_variant" ADD CONSTRAINT "product_variant_product_id_fkey" FOREIGN KEY ("product_id") REFERENCES "product"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "product_image" ADD CONSTRAINT "product_image_product_id_fkey" FOREIGN KEY ("product_id") REFERENCES "product"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "product_image" ADD CONSTRAINT "product_image_asset_id_fkey" FOREIGN KEY ("asset_id") REFERENCES "media_asset"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "shipping_rate" ADD CONSTRAINT "shipping_rate_zone_id_fkey" FOREIGN KEY ("zone_id") REFERENCES "shipping_zone"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cart_item" ADD CONSTRAINT "cart_item_cart_id_fkey" FOREIGN KEY ("cart_id") REFERENCES "cart"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cart_item" ADD CONSTRAINT "cart_item_variant_id_fkey" FOREIGN KEY ("variant_id") REFERENCES "product_variant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "shop_order" ADD CONSTRAINT "shop_order_exchange_rate_id_fkey" FOREIGN KEY ("exchange_rate_id") REFERENCES "exchange_rate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order_line" ADD CONSTRAINT "order_line_order_id_fkey" FOREIGN KEY ("order_id") REFERENCES "shop_order"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order_line" ADD CONSTRAINT "order_line_variant_id_fkey" FOREIGN KEY ("variant_id") REFERENCES "product_variant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order_line" ADD CONSTRAINT "order_line_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order_line" ADD CONSTRAINT "order_line_maker_id_fkey" FOREIGN KEY ("maker_id") REFERENCES "maker"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order_line" ADD CONSTRAINT "order_line_shipment_id_fkey" FOREIGN KEY ("shipment_id") REFERENCES "shipment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "stock_reservation" ADD CONSTRAINT "stock_reservation_order_id_fkey" FOREIGN KEY ("order_id") REFERENCES "shop_order"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "stock_reservation" ADD CONSTRAINT "stock_reservation_variant_id_fkey" FOREIGN KEY ("variant_id") REFERENCES "product_variant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "shipment" ADD CONSTRAINT "shipment_order_id_fkey" FOREIGN KEY ("order_id") REFERENCES "shop_order"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "payment_event" ADD CONSTRAINT "payment_event_order_id_fkey" FOREIGN KEY ("order_id") REFERENCES "shop_order"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "refund" ADD CONSTRAINT "refund_order_id_fkey" FOREIGN KEY ("order_id") REFERENCES "shop_order"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "refund" ADD CONSTRAINT "refund_order_line_id_fkey" FOREIGN KEY ("order_line_id") REFERENCES "order_line"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "fee_rule" ADD CONSTRAINT "fee_rule_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ledger_account" ADD CONSTRAINT "ledger_account_maker_id_fkey" FOREIGN KEY ("maker_id") REFERENCES "maker"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ledger_account" ADD CONSTRAINT "ledger_account_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ledger_entry" ADD CONSTRAINT "ledger_entry_transaction_id_fkey" FOREIGN KEY ("transaction_id") REFERENCES "ledger_transaction"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ledger_entry" ADD CONSTRAINT "ledger_entry_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "ledger_account"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- ───────────── Hand-written below: what Prisma's schema cannot say ─────────────

-- Full-text search: English stemming plus the 'simple' configuration (Hindi and names), kept by a trigger.
CREATE FUNCTION product_search_vector_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.search_vector :=
    setweight(to_tsvector('english', coalesce(NEW.title_en, '')), 'A') ||
    setweight(to_tsvector('simple', coalesce(NEW.title_en, '') || ' ' || coalesce(NEW.title_hi, '')), 'A') ||
    setweight(to_tsvector('english', coalesce(NEW.description_en, '') || ' ' || coalesce(NEW.materials_en, '')), 'B') ||
    setweight(to_tsvector('simple', coalesce(NEW.description_hi, '') || ' ' || coalesce(NEW.materials_hi, '') || ' ' || coalesce(NEW.origin_region, '')), 'C');
  RETURN NEW;
END;
$$;

CREATE TRIGGER product_search_vector BEFORE INSERT OR UPDATE OF title_en, title_hi, description_en, description_hi, materials_en, materials_hi, origin_region
  ON "product" FOR EACH ROW EXECUTE FUNCTION product_search_vector_update();

-- Typo tolerance where the database has pg_trgm (PostgreSQL contrib; PGlite loads it too). Without it,
-- search still works, only without "did you mean" matching.
DO $$
BEGIN
  CREATE EXTENSION IF NOT EXISTS pg_trgm;
  EXECUTE 'CREATE INDEX product_title_trgm ON product USING GIN (lower(title_en) gin_trgm_ops)';
EXCEPTION WHEN OTHERS THEN
  RAISE NOTICE 'pg_trgm is not available (%); search works without typo tolerance', SQLERRM;
END;
$$;

-- Values that must hold whatever the code does.
ALTER TABLE "product_variant" ADD CONSTRAINT "product_variant_stock_not_negative" CHECK (stock >= 0);
ALTER TABLE "product_variant" ADD CONSTRAINT "product_variant_price_positive" CHECK (price_inr > 0);
ALTER TABLE "product_variant" ADD CONSTRAINT "product_variant_weight_positive" CHECK (weight_grams > 0);
ALTER TABLE "cart_item" ADD CONSTRAINT "cart_item_quantity_positive" CHECK (quantity > 0);
ALTER TABLE "order_line" ADD CONSTRAINT "order_line_quantity_positive" CHECK (quantity > 0);
ALTER TABLE "stock_reservation" ADD CONSTRAINT "stock_reservation_quantity_positive" CHECK (quantity > 0);
ALTER TABLE "shop_order" ADD CONSTRAINT "shop_order_amounts_not_negative" CHECK (subtotal_inr >= 0 AND shipping_inr >= 0 AND total_inr = subtotal_inr + shipping_inr AND total_minor = subtotal_minor + shipping_minor);
ALTER TABLE "shop_order" ADD CONSTRAINT "shop_order_currency_iso" CHECK (currency ~ '^[A-Z]{3}$');
ALTER TABLE "exchange_rate" ADD CONSTRAINT "exchange_rate_positive" CHECK (inr_per_unit_micros > 0);
ALTER TABLE "exchange_rate" ADD CONSTRAINT "exchange_rate_currency_iso" CHECK (currency ~ '^[A-Z]{3}$');
ALTER TABLE "shipping_rate" ADD CONSTRAINT "shipping_rate_band_valid" CHECK (max_weight_grams > 0 AND price_inr >= 0);
ALTER TABLE "refund" ADD CONSTRAINT "refund_amount_positive" CHECK (amount_inr > 0 AND amount_minor > 0);
ALTER TABLE "fee_rule" ADD CONSTRAINT "fee_rule_values_valid" CHECK (
  cooperative_percent_bp BETWEEN 0 AND 10000 AND platform_percent_bp BETWEEN 0 AND 10000
  AND cooperative_percent_bp + platform_percent_bp <= 10000
  AND cooperative_flat_inr >= 0 AND platform_flat_inr >= 0 AND hold_days >= 0);
ALTER TABLE "ledger_entry" ADD CONSTRAINT "ledger_entry_amount_not_zero" CHECK (amount_inr <> 0);

-- The ledger is double-entry: at commit, each transaction's entries must sum to zero, and there must be some.
CREATE FUNCTION ledger_transaction_must_balance() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  checked uuid;
  total numeric;
  entries integer;
BEGIN
  IF TG_TABLE_NAME = 'ledger_entry' THEN
    checked := NEW.transaction_id;
  ELSE
    checked := NEW.id;
  END IF;
  SELECT coalesce(sum(amount_inr), 0), count(*) INTO total, entries FROM ledger_entry WHERE transaction_id = checked;
  IF entries < 2 THEN
    RAISE EXCEPTION 'ledger transaction % has % entries; it needs at least two', checked, entries USING ERRCODE = 'check_violation';
  END IF;
  IF total <> 0 THEN
    RAISE EXCEPTION 'ledger transaction % does not balance: its entries sum to %', checked, total USING ERRCODE = 'check_violation';
  END IF;
  RETURN NULL;
END;
$$;

CREATE CONSTRAINT TRIGGER ledger_entry_balanced AFTER INSERT ON "ledger_entry"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ledger_transaction_must_balance();
CREATE CONSTRAINT TRIGGER ledger_transaction_balanced AFTER INSERT ON "ledger_transaction"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ledger_transaction_must_balance();

-- Nothing in the ledger is ever edited or deleted: corrections are new, reversing transactions.
CREATE FUNCTION ledger_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the ledger is append-only: % on % is not allowed', TG_OP, TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER ledger_entry_append_only BEFORE UPDATE OR DELETE ON "ledger_entry" FOR EACH ROW EXECUTE FUNCTION ledger_refuse_change();
CREATE TRIGGER ledger_entry_no_truncate BEFORE TRUNCATE ON "ledger_entry" FOR EACH STATEMENT EXECUTE FUNCTION ledger_refuse_change();
CREATE TRIGGER ledger_transaction_append_only BEFORE UPDATE OR DELETE ON "ledger_transaction" FOR EACH ROW EXECUTE FUNCTION ledger_refuse_change();
CREATE TRIGGER ledger_transaction_no_truncate BEFORE TRUNCATE ON "ledger_transaction" FOR EACH STATEMENT EXECUTE FUNCTION ledger_refuse_change();
