import type { MigrateUpArgs, MigrateDownArgs} from '@payloadcms/db-postgres';
import { sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_oit_frameworks_items_feed_filters_collection" AS ENUM('executives', 'org-structures', 'authorities', 'laws', 'committee-members', 'committee-reports', 'feedback', 'news', 'monthly-reports', 'manuals', 'e-services', 'crime-statistics', 'checkpoint-statistics', 'budget-reports', 'investigation-fund-reports', 'procurement-announcements', 'procurement-summaries', 'complaint-statistics', 'corruption-complaints', 'policies', 'risk-assessments', 'risk-reports', 'measure-reports', 'disclosures', 'units');
  CREATE TABLE "oit_frameworks_items_feed_filters" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"collection" "enum_oit_frameworks_items_feed_filters_collection" NOT NULL,
  	"field" varchar NOT NULL,
  	"value" varchar NOT NULL
  );
  
  ALTER TABLE "oit_frameworks_items_feed_filters" ADD CONSTRAINT "oit_frameworks_items_feed_filters_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."oit_frameworks_items"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "oit_frameworks_items_feed_filters_order_idx" ON "oit_frameworks_items_feed_filters" USING btree ("_order");
  CREATE INDEX "oit_frameworks_items_feed_filters_parent_id_idx" ON "oit_frameworks_items_feed_filters" USING btree ("_parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "oit_frameworks_items_feed_filters" CASCADE;
  DROP TYPE "public"."enum_oit_frameworks_items_feed_filters_collection";`)
}
