-- CreateTable
CREATE TABLE "CatalogRevision" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "revision" BIGINT NOT NULL DEFAULT 0,
    "changedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CatalogRevision_pkey" PRIMARY KEY ("id")
);


-- Raised by a statement trigger in the transaction of the change itself, so an
-- instance that sees the new revision also sees the changed rows. (Prisma's
-- migration runner splits statements at every semicolon, dollar quotes or not:
-- the function body is an E'' string with its semicolons written as \073.)
INSERT INTO "CatalogRevision" ("id", "revision", "changedAt") VALUES (1, 0, now());

CREATE FUNCTION bump_catalog_revision() RETURNS trigger LANGUAGE plpgsql AS E'BEGIN INSERT INTO "CatalogRevision" ("id", "revision", "changedAt") VALUES (1, 1, now()) ON CONFLICT ("id") DO UPDATE SET "revision" = "CatalogRevision"."revision" + 1, "changedAt" = now()\073 RETURN NULL\073 END\073';

CREATE TRIGGER "Region_catalog_revision" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Region" FOR EACH STATEMENT EXECUTE FUNCTION bump_catalog_revision();
CREATE TRIGGER "Department_catalog_revision" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Department" FOR EACH STATEMENT EXECUTE FUNCTION bump_catalog_revision();
CREATE TRIGGER "Window_catalog_revision" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Window" FOR EACH STATEMENT EXECUTE FUNCTION bump_catalog_revision();
CREATE TRIGGER "ServiceItem_catalog_revision" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ServiceItem" FOR EACH STATEMENT EXECUTE FUNCTION bump_catalog_revision();
CREATE TRIGGER "ServiceItemSuccession_catalog_revision" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ServiceItemSuccession" FOR EACH STATEMENT EXECUTE FUNCTION bump_catalog_revision();
CREATE TRIGGER "ServiceItemVersion_catalog_revision" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ServiceItemVersion" FOR EACH STATEMENT EXECUTE FUNCTION bump_catalog_revision();
CREATE TRIGGER "Situation_catalog_revision" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Situation" FOR EACH STATEMENT EXECUTE FUNCTION bump_catalog_revision();
CREATE TRIGGER "MaterialRequirement_catalog_revision" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "MaterialRequirement" FOR EACH STATEMENT EXECUTE FUNCTION bump_catalog_revision();
CREATE TRIGGER "ProcessStep_catalog_revision" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ProcessStep" FOR EACH STATEMENT EXECUTE FUNCTION bump_catalog_revision();
CREATE TRIGGER "RouteStage_catalog_revision" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "RouteStage" FOR EACH STATEMENT EXECUTE FUNCTION bump_catalog_revision();
CREATE TRIGGER "RouteStageDepartment_catalog_revision" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "RouteStageDepartment" FOR EACH STATEMENT EXECUTE FUNCTION bump_catalog_revision();
CREATE TRIGGER "CalendarDay_catalog_revision" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "CalendarDay" FOR EACH STATEMENT EXECUTE FUNCTION bump_catalog_revision();
CREATE TRIGGER "Setting_catalog_revision" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Setting" FOR EACH STATEMENT EXECUTE FUNCTION bump_catalog_revision();
CREATE TRIGGER "Inquiry_catalog_revision" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Inquiry" FOR EACH STATEMENT EXECUTE FUNCTION bump_catalog_revision();
CREATE TRIGGER "Bundle_catalog_revision" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Bundle" FOR EACH STATEMENT EXECUTE FUNCTION bump_catalog_revision();
