import type { MigrateUpArgs, MigrateDownArgs} from '@payloadcms/db-postgres';
import { sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_ita_action_plans_progress" AS ENUM('planned', 'in-progress', 'done');
  CREATE TYPE "public"."enum__ita_action_plans_v_version_indicator" AS ENUM('1', '2', '3', '4', '5', '6', '7', '8', '9', '10');
  CREATE TYPE "public"."enum__ita_action_plans_v_version_follow_up" AS ENUM('weekly', 'monthly', 'quarterly', 'once');
  CREATE TYPE "public"."enum__ita_action_plans_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__ita_action_plans_v_published_locale" AS ENUM('th', 'en');
  ALTER TYPE "public"."enum_oit_frameworks_items_feeds" ADD VALUE 'ita-action-plans' BEFORE 'disclosures';
  ALTER TYPE "public"."enum_oit_frameworks_items_feed_filters_collection" ADD VALUE 'ita-action-plans' BEFORE 'disclosures';
  CREATE TABLE "_ita_action_plans_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_tenant_id" integer,
  	"version_fiscal_year" numeric,
  	"version_indicator" "enum__ita_action_plans_v_version_indicator",
  	"version_issue" varchar,
  	"version_activity" varchar,
  	"version_output" varchar,
  	"version_communication" varchar,
  	"version_deadline" timestamp(3) with time zone,
  	"version_follow_up" "enum__ita_action_plans_v_version_follow_up",
  	"version_controller" varchar,
  	"version_doer" varchar,
  	"version_status" "enum_ita_action_plans_progress" DEFAULT 'planned',
  	"version_completed_on" timestamp(3) with time zone,
  	"version_progress" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__ita_action_plans_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__ita_action_plans_v_published_locale",
  	"latest" boolean
  );
  
  ALTER TABLE "ita_action_plans" ALTER COLUMN "fiscal_year" DROP NOT NULL;
  ALTER TABLE "ita_action_plans" ALTER COLUMN "indicator" DROP NOT NULL;
  ALTER TABLE "ita_action_plans" ALTER COLUMN "issue" DROP NOT NULL;
  ALTER TABLE "ita_action_plans" ALTER COLUMN "activity" DROP NOT NULL;
  ALTER TABLE "ita_action_plans" ALTER COLUMN "deadline" DROP NOT NULL;
  ALTER TABLE "ita_action_plans" ALTER COLUMN "status" DROP DEFAULT;
  ALTER TABLE "ita_action_plans" ALTER COLUMN "status" SET DATA TYPE "public"."enum_ita_action_plans_progress" USING "status"::text::"public"."enum_ita_action_plans_progress";
  ALTER TABLE "ita_action_plans" ALTER COLUMN "status" SET DEFAULT 'planned';
  ALTER TABLE "ita_action_plans" ALTER COLUMN "status" DROP NOT NULL;
  -- The progress status had the enum name the drafts' _status takes: it moved to its own above.
  DROP TYPE "public"."enum_ita_action_plans_status";
  CREATE TYPE "public"."enum_ita_action_plans_status" AS ENUM('draft', 'published');
  -- Rows entered before stay internal drafts until a head publishes them.
  ALTER TABLE "ita_action_plans" ADD COLUMN "_status" "enum_ita_action_plans_status" DEFAULT 'draft';
  ALTER TABLE "_ita_action_plans_v" ADD CONSTRAINT "_ita_action_plans_v_parent_id_ita_action_plans_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."ita_action_plans"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_ita_action_plans_v" ADD CONSTRAINT "_ita_action_plans_v_version_tenant_id_units_id_fk" FOREIGN KEY ("version_tenant_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "_ita_action_plans_v_parent_idx" ON "_ita_action_plans_v" USING btree ("parent_id");
  CREATE INDEX "_ita_action_plans_v_version_version_tenant_idx" ON "_ita_action_plans_v" USING btree ("version_tenant_id");
  CREATE INDEX "_ita_action_plans_v_version_version_fiscal_year_idx" ON "_ita_action_plans_v" USING btree ("version_fiscal_year");
  CREATE INDEX "_ita_action_plans_v_version_version_deadline_idx" ON "_ita_action_plans_v" USING btree ("version_deadline");
  CREATE INDEX "_ita_action_plans_v_version_version_completed_on_idx" ON "_ita_action_plans_v" USING btree ("version_completed_on");
  CREATE INDEX "_ita_action_plans_v_version_version_updated_at_idx" ON "_ita_action_plans_v" USING btree ("version_updated_at");
  CREATE INDEX "_ita_action_plans_v_version_version_created_at_idx" ON "_ita_action_plans_v" USING btree ("version_created_at");
  CREATE INDEX "_ita_action_plans_v_version_version__status_idx" ON "_ita_action_plans_v" USING btree ("version__status");
  CREATE INDEX "_ita_action_plans_v_created_at_idx" ON "_ita_action_plans_v" USING btree ("created_at");
  CREATE INDEX "_ita_action_plans_v_updated_at_idx" ON "_ita_action_plans_v" USING btree ("updated_at");
  CREATE INDEX "_ita_action_plans_v_snapshot_idx" ON "_ita_action_plans_v" USING btree ("snapshot");
  CREATE INDEX "_ita_action_plans_v_published_locale_idx" ON "_ita_action_plans_v" USING btree ("published_locale");
  CREATE INDEX "_ita_action_plans_v_latest_idx" ON "_ita_action_plans_v" USING btree ("latest");
  CREATE INDEX "ita_action_plans__status_idx" ON "ita_action_plans" USING btree ("_status");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  ALTER TABLE "_ita_action_plans_v" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "_ita_action_plans_v" CASCADE;
  DELETE FROM "oit_frameworks_items_feeds" WHERE "value" = 'ita-action-plans';
  DELETE FROM "oit_frameworks_items_feed_filters" WHERE "collection" = 'ita-action-plans';
  ALTER TABLE "oit_frameworks_items_feeds" ALTER COLUMN "value" SET DATA TYPE text;
  DROP TYPE "public"."enum_oit_frameworks_items_feeds";
  CREATE TYPE "public"."enum_oit_frameworks_items_feeds" AS ENUM('executives', 'org-structures', 'authorities', 'laws', 'committee-members', 'committee-reports', 'feedback', 'news', 'monthly-reports', 'manuals', 'e-services', 'crime-statistics', 'checkpoint-statistics', 'budget-reports', 'investigation-fund-reports', 'procurement-announcements', 'procurement-summaries', 'complaint-statistics', 'corruption-complaints', 'policies', 'risk-assessments', 'risk-reports', 'measure-reports', 'disclosures', 'units');
  ALTER TABLE "oit_frameworks_items_feeds" ALTER COLUMN "value" SET DATA TYPE "public"."enum_oit_frameworks_items_feeds" USING "value"::"public"."enum_oit_frameworks_items_feeds";
  ALTER TABLE "oit_frameworks_items_feed_filters" ALTER COLUMN "collection" SET DATA TYPE text;
  DROP TYPE "public"."enum_oit_frameworks_items_feed_filters_collection";
  CREATE TYPE "public"."enum_oit_frameworks_items_feed_filters_collection" AS ENUM('executives', 'org-structures', 'authorities', 'laws', 'committee-members', 'committee-reports', 'feedback', 'news', 'monthly-reports', 'manuals', 'e-services', 'crime-statistics', 'checkpoint-statistics', 'budget-reports', 'investigation-fund-reports', 'procurement-announcements', 'procurement-summaries', 'complaint-statistics', 'corruption-complaints', 'policies', 'risk-assessments', 'risk-reports', 'measure-reports', 'disclosures', 'units');
  ALTER TABLE "oit_frameworks_items_feed_filters" ALTER COLUMN "collection" SET DATA TYPE "public"."enum_oit_frameworks_items_feed_filters_collection" USING "collection"::"public"."enum_oit_frameworks_items_feed_filters_collection";
  DROP INDEX IF EXISTS "ita_action_plans__status_idx";
  ALTER TABLE "ita_action_plans" DROP COLUMN "_status";
  DROP TYPE "public"."enum_ita_action_plans_status";
  CREATE TYPE "public"."enum_ita_action_plans_status" AS ENUM('planned', 'in-progress', 'done');
  ALTER TABLE "ita_action_plans" ALTER COLUMN "status" DROP DEFAULT;
  ALTER TABLE "ita_action_plans" ALTER COLUMN "status" SET DATA TYPE "public"."enum_ita_action_plans_status" USING "status"::text::"public"."enum_ita_action_plans_status";
  ALTER TABLE "ita_action_plans" ALTER COLUMN "status" SET DEFAULT 'planned';
  ALTER TABLE "ita_action_plans" ALTER COLUMN "status" SET NOT NULL;
  ALTER TABLE "ita_action_plans" ALTER COLUMN "fiscal_year" SET NOT NULL;
  ALTER TABLE "ita_action_plans" ALTER COLUMN "indicator" SET NOT NULL;
  ALTER TABLE "ita_action_plans" ALTER COLUMN "issue" SET NOT NULL;
  ALTER TABLE "ita_action_plans" ALTER COLUMN "activity" SET NOT NULL;
  ALTER TABLE "ita_action_plans" ALTER COLUMN "deadline" SET NOT NULL;
  DROP TYPE "public"."enum_ita_action_plans_progress";
  DROP TYPE "public"."enum__ita_action_plans_v_version_indicator";
  DROP TYPE "public"."enum__ita_action_plans_v_version_follow_up";
  DROP TYPE "public"."enum__ita_action_plans_v_version_status";
  DROP TYPE "public"."enum__ita_action_plans_v_published_locale";`)
}
