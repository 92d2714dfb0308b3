import type { MigrateUpArgs, MigrateDownArgs} from '@payloadcms/db-postgres';
import { sql } from '@payloadcms/db-postgres'

import { frameworks } from '../catalogue/frameworks'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_review_findings_status" AS ENUM('open', 'answered', 'closed');
  CREATE TYPE "public"."enum_ita_action_plans_indicator" AS ENUM('1', '2', '3', '4', '5', '6', '7', '8', '9', '10');
  CREATE TYPE "public"."enum_ita_action_plans_follow_up" AS ENUM('weekly', 'monthly', 'quarterly', 'once');
  CREATE TYPE "public"."enum_ita_action_plans_status" AS ENUM('planned', 'in-progress', 'done');
  CREATE TABLE "oit_frameworks_calendar" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"phase" varchar NOT NULL,
  	"start" timestamp(3) with time zone NOT NULL,
  	"end" timestamp(3) with time zone
  );
  
  CREATE TABLE "review_findings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"title" varchar,
  	"fiscal_year" numeric NOT NULL,
  	"item" varchar NOT NULL,
  	"observation" varchar NOT NULL,
  	"status" "enum_review_findings_status" DEFAULT 'open' NOT NULL,
  	"answer" varchar,
  	"reviewer_id" integer,
  	"answered_at" timestamp(3) with time zone,
  	"closed_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "oit_assignments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"fiscal_year" numeric NOT NULL,
  	"item" varchar NOT NULL,
  	"doer" varchar NOT NULL,
  	"controller" varchar,
  	"checker" varchar,
  	"deadline" timestamp(3) with time zone,
  	"notes" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "ita_action_plans" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"fiscal_year" numeric NOT NULL,
  	"indicator" "enum_ita_action_plans_indicator" NOT NULL,
  	"issue" varchar NOT NULL,
  	"activity" varchar NOT NULL,
  	"output" varchar,
  	"communication" varchar,
  	"deadline" timestamp(3) with time zone NOT NULL,
  	"follow_up" "enum_ita_action_plans_follow_up",
  	"controller" varchar,
  	"doer" varchar,
  	"status" "enum_ita_action_plans_status" DEFAULT 'planned' NOT NULL,
  	"completed_on" timestamp(3) with time zone,
  	"progress" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "oit_frameworks_items_required_elements" ADD COLUMN "check" jsonb;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "review_findings_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "oit_assignments_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "ita_action_plans_id" integer;
  ALTER TABLE "oit_frameworks_calendar" ADD CONSTRAINT "oit_frameworks_calendar_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."oit_frameworks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "review_findings" ADD CONSTRAINT "review_findings_tenant_id_units_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "review_findings" ADD CONSTRAINT "review_findings_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "oit_assignments" ADD CONSTRAINT "oit_assignments_tenant_id_units_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "ita_action_plans" ADD CONSTRAINT "ita_action_plans_tenant_id_units_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "oit_frameworks_calendar_order_idx" ON "oit_frameworks_calendar" USING btree ("_order");
  CREATE INDEX "oit_frameworks_calendar_parent_id_idx" ON "oit_frameworks_calendar" USING btree ("_parent_id");
  CREATE INDEX "oit_frameworks_calendar_start_idx" ON "oit_frameworks_calendar" USING btree ("start");
  CREATE INDEX "oit_frameworks_calendar_end_idx" ON "oit_frameworks_calendar" USING btree ("end");
  CREATE INDEX "review_findings_tenant_idx" ON "review_findings" USING btree ("tenant_id");
  CREATE INDEX "review_findings_fiscal_year_idx" ON "review_findings" USING btree ("fiscal_year");
  CREATE INDEX "review_findings_item_idx" ON "review_findings" USING btree ("item");
  CREATE INDEX "review_findings_reviewer_idx" ON "review_findings" USING btree ("reviewer_id");
  CREATE INDEX "review_findings_updated_at_idx" ON "review_findings" USING btree ("updated_at");
  CREATE INDEX "review_findings_created_at_idx" ON "review_findings" USING btree ("created_at");
  CREATE INDEX "oit_assignments_tenant_idx" ON "oit_assignments" USING btree ("tenant_id");
  CREATE INDEX "oit_assignments_fiscal_year_idx" ON "oit_assignments" USING btree ("fiscal_year");
  CREATE INDEX "oit_assignments_item_idx" ON "oit_assignments" USING btree ("item");
  CREATE INDEX "oit_assignments_deadline_idx" ON "oit_assignments" USING btree ("deadline");
  CREATE INDEX "oit_assignments_updated_at_idx" ON "oit_assignments" USING btree ("updated_at");
  CREATE INDEX "oit_assignments_created_at_idx" ON "oit_assignments" USING btree ("created_at");
  CREATE UNIQUE INDEX "tenant_fiscalYear_item_idx" ON "oit_assignments" USING btree ("tenant_id","fiscal_year","item");
  CREATE INDEX "ita_action_plans_tenant_idx" ON "ita_action_plans" USING btree ("tenant_id");
  CREATE INDEX "ita_action_plans_fiscal_year_idx" ON "ita_action_plans" USING btree ("fiscal_year");
  CREATE INDEX "ita_action_plans_deadline_idx" ON "ita_action_plans" USING btree ("deadline");
  CREATE INDEX "ita_action_plans_completed_on_idx" ON "ita_action_plans" USING btree ("completed_on");
  CREATE INDEX "ita_action_plans_updated_at_idx" ON "ita_action_plans" USING btree ("updated_at");
  CREATE INDEX "ita_action_plans_created_at_idx" ON "ita_action_plans" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_review_findings_fk" FOREIGN KEY ("review_findings_id") REFERENCES "public"."review_findings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_oit_assignments_fk" FOREIGN KEY ("oit_assignments_id") REFERENCES "public"."oit_assignments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_ita_action_plans_fk" FOREIGN KEY ("ita_action_plans_id") REFERENCES "public"."ita_action_plans"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_review_findings_id_idx" ON "payload_locked_documents_rels" USING btree ("review_findings_id");
  CREATE INDEX "payload_locked_documents_rels_oit_assignments_id_idx" ON "payload_locked_documents_rels" USING btree ("oit_assignments_id");
  CREATE INDEX "payload_locked_documents_rels_ita_action_plans_id_idx" ON "payload_locked_documents_rels" USING btree ("ita_action_plans_id");`)

  // Official frameworks stored before checks existed get theirs (plain SQL: later schemas may differ).
  for (const framework of frameworks) {
    for (const item of framework.items) {
      for (const element of item.requiredElements) {
        if (!element.check) continue
        await db.execute(sql`
          update oit_frameworks_items_required_elements e set "check" = ${JSON.stringify(element.check)}::jsonb
          from oit_frameworks_items i join oit_frameworks f on f.id = i._parent_id
          where e._parent_id = i.id and e.key = ${element.key} and e."check" is null
            and i.code = ${item.code} and f.fiscal_year = ${framework.fiscalYear} and f.unit_type::text = ${framework.unitType}`)
      }
    }
  }
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "oit_frameworks_calendar" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "review_findings" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "oit_assignments" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "ita_action_plans" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "oit_frameworks_calendar" CASCADE;
  DROP TABLE "review_findings" CASCADE;
  DROP TABLE "oit_assignments" CASCADE;
  DROP TABLE "ita_action_plans" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_review_findings_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_oit_assignments_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_ita_action_plans_fk";
  
  DROP INDEX "payload_locked_documents_rels_review_findings_id_idx";
  DROP INDEX "payload_locked_documents_rels_oit_assignments_id_idx";
  DROP INDEX "payload_locked_documents_rels_ita_action_plans_id_idx";
  ALTER TABLE "oit_frameworks_items_required_elements" DROP COLUMN "check";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "review_findings_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "oit_assignments_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "ita_action_plans_id";
  DROP TYPE "public"."enum_review_findings_status";
  DROP TYPE "public"."enum_ita_action_plans_indicator";
  DROP TYPE "public"."enum_ita_action_plans_follow_up";
  DROP TYPE "public"."enum_ita_action_plans_status";`)
}
