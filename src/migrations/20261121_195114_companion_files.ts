import type { MigrateUpArgs, MigrateDownArgs} from '@payloadcms/db-postgres';
import { sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_oit_frameworks_items_companions" AS ENUM('pdf', 'docx', 'xlsx');
  CREATE TYPE "public"."enum_companion_files_format" AS ENUM('pdf', 'docx', 'xlsx');
  CREATE TYPE "public"."enum_companion_statuses_state" AS ENUM('done', 'failed', 'withdrawn');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'generate-companions');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'generate-companions');
  CREATE TABLE "oit_frameworks_items_companions" (
  	"order" integer NOT NULL,
  	"parent_id" varchar NOT NULL,
  	"value" "enum_oit_frameworks_items_companions",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "companion_files" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"key" varchar NOT NULL,
  	"fiscal_year" numeric NOT NULL,
  	"item" varchar NOT NULL,
  	"period" varchar NOT NULL,
  	"format" "enum_companion_files_format" NOT NULL,
  	"content_hash" varchar NOT NULL,
  	"revision" varchar NOT NULL,
  	"generated_at" timestamp(3) with time zone NOT NULL,
  	"withdrawn" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  CREATE TABLE "companion_statuses" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"target" varchar NOT NULL,
  	"state" "enum_companion_statuses_state" NOT NULL,
  	"reason" varchar,
  	"content_hash" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"concurrency_key" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "companion_files_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "companion_statuses_id" integer;
  ALTER TABLE "oit_frameworks_items_companions" ADD CONSTRAINT "oit_frameworks_items_companions_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."oit_frameworks_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "companion_files" ADD CONSTRAINT "companion_files_tenant_id_units_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "companion_statuses" ADD CONSTRAINT "companion_statuses_tenant_id_units_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "oit_frameworks_items_companions_order_idx" ON "oit_frameworks_items_companions" USING btree ("order");
  CREATE INDEX "oit_frameworks_items_companions_parent_idx" ON "oit_frameworks_items_companions" USING btree ("parent_id");
  CREATE INDEX "companion_files_tenant_idx" ON "companion_files" USING btree ("tenant_id");
  CREATE INDEX "companion_files_key_idx" ON "companion_files" USING btree ("key");
  CREATE UNIQUE INDEX "companion_files_revision_idx" ON "companion_files" USING btree ("revision");
  CREATE INDEX "companion_files_generated_at_idx" ON "companion_files" USING btree ("generated_at");
  CREATE INDEX "companion_files_withdrawn_idx" ON "companion_files" USING btree ("withdrawn");
  CREATE INDEX "companion_files_updated_at_idx" ON "companion_files" USING btree ("updated_at");
  CREATE INDEX "companion_files_created_at_idx" ON "companion_files" USING btree ("created_at");
  CREATE UNIQUE INDEX "companion_files_filename_idx" ON "companion_files" USING btree ("filename");
  CREATE INDEX "companion_statuses_tenant_idx" ON "companion_statuses" USING btree ("tenant_id");
  CREATE UNIQUE INDEX "companion_statuses_target_idx" ON "companion_statuses" USING btree ("target");
  CREATE INDEX "companion_statuses_updated_at_idx" ON "companion_statuses" USING btree ("updated_at");
  CREATE INDEX "companion_statuses_created_at_idx" ON "companion_statuses" USING btree ("created_at");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_concurrency_key_idx" ON "payload_jobs" USING btree ("concurrency_key");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_companion_files_fk" FOREIGN KEY ("companion_files_id") REFERENCES "public"."companion_files"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_companion_statuses_fk" FOREIGN KEY ("companion_statuses_id") REFERENCES "public"."companion_statuses"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_companion_files_id_idx" ON "payload_locked_documents_rels" USING btree ("companion_files_id");
  CREATE INDEX "payload_locked_documents_rels_companion_statuses_id_idx" ON "payload_locked_documents_rels" USING btree ("companion_statuses_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "oit_frameworks_items_companions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "companion_files" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "companion_statuses" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs_log" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "oit_frameworks_items_companions" CASCADE;
  DROP TABLE "companion_files" CASCADE;
  DROP TABLE "companion_statuses" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_companion_files_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_companion_statuses_fk";
  
  DROP INDEX "payload_locked_documents_rels_companion_files_id_idx";
  DROP INDEX "payload_locked_documents_rels_companion_statuses_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "companion_files_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "companion_statuses_id";
  DROP TYPE "public"."enum_oit_frameworks_items_companions";
  DROP TYPE "public"."enum_companion_files_format";
  DROP TYPE "public"."enum_companion_statuses_state";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
