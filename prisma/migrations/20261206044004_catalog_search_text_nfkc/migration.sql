-- The stored search text in the same form as the query (src/lib/catalog/search-text.ts
-- normalizeSearchText): NFKC folds full-width punctuation, letters and digits, so
-- 公共场所卫生许可（新办） typed either way finds the item. Pinyin tokens are already
-- plain ASCII, so folding the whole text equals recomputing it.
UPDATE "ServiceItemVersion"
SET "searchText" = lower(normalize("searchText", NFKC))
WHERE "searchText" IS DISTINCT FROM lower(normalize("searchText", NFKC));
