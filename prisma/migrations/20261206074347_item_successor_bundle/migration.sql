-- AlterTable
ALTER TABLE "ServiceItem" ADD COLUMN     "successorBundleId" TEXT;

-- AddForeignKey
ALTER TABLE "ServiceItem" ADD CONSTRAINT "ServiceItem_successorBundleId_fkey" FOREIGN KEY ("successorBundleId") REFERENCES "Bundle"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- The public page cache (scripts/public-page-cache.mjs) is renewed by the
-- catalog revision: a bundle's guide changes with its versions and members
-- too, not only with the Bundle row (an import, a version retired).
CREATE TRIGGER "BundleVersion_catalog_revision" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "BundleVersion" FOR EACH STATEMENT EXECUTE FUNCTION bump_catalog_revision();
CREATE TRIGGER "BundleMember_catalog_revision" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "BundleMember" FOR EACH STATEMENT EXECUTE FUNCTION bump_catalog_revision();
