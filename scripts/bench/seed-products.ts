/**
 * Adds N generated products (default 10,000) to an already seeded database, for `npm run bench`:
 * real words in titles (so full-text search has something to find), one to three variants each,
 * images reused from the demo photos. One SQL statement per table, so it takes seconds.
 */
import "../load-env";
import { closeDatabase, getDatabaseConnection } from "~/lib/db.server";

const count = Number(process.argv[2] ?? 10_000);
const sql = getDatabaseConnection().sql;

const ADJECTIVES = ["Wild", "Forest", "Golden", "Indigo", "Woven", "Striped", "Carved", "Painted", "Raw", "Winter", "Spring", "Hill", "River", "Bamboo", "Silk", "Cotton", "Cane", "Lac", "Smoked", "Bright"];
const NOUNS = ["honey", "stole", "scarf", "shawl", "basket", "tray", "bowl", "spoon", "print", "painting", "runner", "pouch", "lamp", "coaster", "candle"];
const PLACES = ["Ri-Bhoi", "Jaintia Hills", "Khasi Hills", "Sualkuchi", "Aizawl", "Shillong", "Guwahati", "Garo Hills"];
const literal = (words: string[]) => `ARRAY[${words.map((word) => `'${word}'`).join(",")}]`;

try {
  await sql.exec(`
    INSERT INTO product (id, slug, category_id, organisation_id, maker_id, title_en, description_en, materials_en, origin_region, status, published_at, updated_at)
    SELECT gen_random_uuid(),
           'bench-' || i,
           (SELECT id FROM category ORDER BY position OFFSET (i % 4) LIMIT 1),
           (SELECT organisation_id FROM maker ORDER BY slug OFFSET (i % 12) LIMIT 1),
           (SELECT id FROM maker ORDER BY slug OFFSET (i % 12) LIMIT 1),
           (${literal(ADJECTIVES)})[1 + i % 20] || ' ' || (${literal(NOUNS)})[1 + (i / 20) % 15] || ' no. ' || i,
           'Made by hand in ' || (${literal(PLACES)})[1 + i % 8] || '. A generated product for benchmarks, with words such as honey, silk and bamboo.',
           'Natural materials',
           (${literal(PLACES)})[1 + i % 8] || ', Meghalaya',
           'active', now() - make_interval(mins => i), now()
    FROM generate_series(1, ${count}) AS i`);
  await sql.exec(`
    INSERT INTO product_variant (id, product_id, sku, option_en, price_inr, stock, weight_grams, position, updated_at)
    SELECT gen_random_uuid(), p.id, p.slug || '-' || v, 'Option ' || v, 20000 + (abs(hashtext(p.slug || v)) % 900000), abs(hashtext(p.slug)) % 30, 200 + v * 100, v, now()
    FROM product p CROSS JOIN generate_series(1, 3) AS v
    WHERE p.slug LIKE 'bench-%' AND v <= 1 + abs(hashtext(p.slug)) % 3`);
  await sql.exec(`
    INSERT INTO product_image (id, product_id, asset_id, alt_en, position)
    SELECT gen_random_uuid(), p.id, (SELECT id FROM media_asset ORDER BY id OFFSET (abs(hashtext(p.slug)) % (SELECT count(*) FROM media_asset)) LIMIT 1), p.title_en, 0
    FROM product p WHERE p.slug LIKE 'bench-%'`);
  await sql.exec("ANALYZE");
  console.log(`Added ${count} products.`);
} finally {
  await closeDatabase();
}
process.exit(0);
