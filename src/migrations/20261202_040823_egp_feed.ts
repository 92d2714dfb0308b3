import type { MigrateUpArgs, MigrateDownArgs} from '@payloadcms/db-postgres';
import { sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_procurement_announcements_kind" ADD VALUE 'draft-tor' BEFORE 'invitation';
  ALTER TYPE "public"."enum__procurement_announcements_v_version_kind" ADD VALUE 'draft-tor' BEFORE 'invitation';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'fetch-egp-announcements';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'schedule-egp-fetches';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'fetch-egp-announcements';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'schedule-egp-fetches';
  CREATE TABLE "payload_jobs_stats" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"stats" jsonb,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "units" ADD COLUMN "internal_egp_deptsub_id" varchar;
  ALTER TABLE "procurement_announcements" ADD COLUMN "egp_link" varchar;
  ALTER TABLE "_procurement_announcements_v" ADD COLUMN "version_egp_link" varchar;
  ALTER TABLE "payload_jobs" ADD COLUMN "meta" jsonb;
  CREATE UNIQUE INDEX "tenant_egpLink_idx" ON "procurement_announcements" USING btree ("tenant_id","egp_link");
  CREATE INDEX "version_tenant_version_egpLink_idx" ON "_procurement_announcements_v" USING btree ("version_tenant_id","version_egp_link");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "payload_jobs_stats" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "payload_jobs_stats" CASCADE;
  ALTER TABLE "procurement_announcements" ALTER COLUMN "kind" SET DATA TYPE text;
  DROP TYPE "public"."enum_procurement_announcements_kind";
  CREATE TYPE "public"."enum_procurement_announcements_kind" AS ENUM('plan', 'invitation', 'reference-price', 'result', 'cancellation', 'other');
  ALTER TABLE "procurement_announcements" ALTER COLUMN "kind" SET DATA TYPE "public"."enum_procurement_announcements_kind" USING "kind"::"public"."enum_procurement_announcements_kind";
  ALTER TABLE "_procurement_announcements_v" ALTER COLUMN "version_kind" SET DATA TYPE text;
  DROP TYPE "public"."enum__procurement_announcements_v_version_kind";
  CREATE TYPE "public"."enum__procurement_announcements_v_version_kind" AS ENUM('plan', 'invitation', 'reference-price', 'result', 'cancellation', 'other');
  ALTER TABLE "_procurement_announcements_v" ALTER COLUMN "version_kind" SET DATA TYPE "public"."enum__procurement_announcements_v_version_kind" USING "version_kind"::"public"."enum__procurement_announcements_v_version_kind";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'generate-companions', 'generate-signs');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'generate-companions', 'generate-signs');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "tenant_egpLink_idx";
  DROP INDEX "version_tenant_version_egpLink_idx";
  ALTER TABLE "units" DROP COLUMN "internal_egp_deptsub_id";
  ALTER TABLE "procurement_announcements" DROP COLUMN "egp_link";
  ALTER TABLE "_procurement_announcements_v" DROP COLUMN "version_egp_link";
  ALTER TABLE "payload_jobs" DROP COLUMN "meta";`)
}
