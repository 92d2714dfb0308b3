import type { MigrateUpArgs, MigrateDownArgs} from '@payloadcms/db-postgres';
import { sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "crime_statistics_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"documents_id" integer
  );
  
  CREATE TABLE "_crime_statistics_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"documents_id" integer
  );
  
  CREATE TABLE "checkpoint_statistics_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"documents_id" integer
  );
  
  CREATE TABLE "_checkpoint_statistics_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"documents_id" integer
  );
  
  CREATE TABLE "budget_reports_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"documents_id" integer
  );
  
  CREATE TABLE "_budget_reports_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"documents_id" integer
  );
  
  CREATE TABLE "investigation_fund_reports_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"documents_id" integer
  );
  
  CREATE TABLE "_investigation_fund_reports_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"documents_id" integer
  );
  
  CREATE TABLE "procurement_summaries_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"documents_id" integer
  );
  
  CREATE TABLE "_procurement_summaries_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"documents_id" integer
  );
  
  CREATE TABLE "complaint_statistics_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"documents_id" integer
  );
  
  CREATE TABLE "_complaint_statistics_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"documents_id" integer
  );
  
  CREATE TABLE "risk_assessments_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"documents_id" integer
  );
  
  CREATE TABLE "_risk_assessments_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"documents_id" integer
  );
  
  ALTER TABLE "monthly_reports_rels" ADD COLUMN "documents_id" integer;
  ALTER TABLE "_monthly_reports_v_rels" ADD COLUMN "documents_id" integer;
  ALTER TABLE "crime_statistics_rels" ADD CONSTRAINT "crime_statistics_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."crime_statistics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "crime_statistics_rels" ADD CONSTRAINT "crime_statistics_rels_documents_fk" FOREIGN KEY ("documents_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_crime_statistics_v_rels" ADD CONSTRAINT "_crime_statistics_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_crime_statistics_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_crime_statistics_v_rels" ADD CONSTRAINT "_crime_statistics_v_rels_documents_fk" FOREIGN KEY ("documents_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "checkpoint_statistics_rels" ADD CONSTRAINT "checkpoint_statistics_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."checkpoint_statistics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "checkpoint_statistics_rels" ADD CONSTRAINT "checkpoint_statistics_rels_documents_fk" FOREIGN KEY ("documents_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_checkpoint_statistics_v_rels" ADD CONSTRAINT "_checkpoint_statistics_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_checkpoint_statistics_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_checkpoint_statistics_v_rels" ADD CONSTRAINT "_checkpoint_statistics_v_rels_documents_fk" FOREIGN KEY ("documents_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "budget_reports_rels" ADD CONSTRAINT "budget_reports_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."budget_reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "budget_reports_rels" ADD CONSTRAINT "budget_reports_rels_documents_fk" FOREIGN KEY ("documents_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_budget_reports_v_rels" ADD CONSTRAINT "_budget_reports_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_budget_reports_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_budget_reports_v_rels" ADD CONSTRAINT "_budget_reports_v_rels_documents_fk" FOREIGN KEY ("documents_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "investigation_fund_reports_rels" ADD CONSTRAINT "investigation_fund_reports_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."investigation_fund_reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "investigation_fund_reports_rels" ADD CONSTRAINT "investigation_fund_reports_rels_documents_fk" FOREIGN KEY ("documents_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_investigation_fund_reports_v_rels" ADD CONSTRAINT "_investigation_fund_reports_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_investigation_fund_reports_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_investigation_fund_reports_v_rels" ADD CONSTRAINT "_investigation_fund_reports_v_rels_documents_fk" FOREIGN KEY ("documents_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procurement_summaries_rels" ADD CONSTRAINT "procurement_summaries_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."procurement_summaries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procurement_summaries_rels" ADD CONSTRAINT "procurement_summaries_rels_documents_fk" FOREIGN KEY ("documents_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procurement_summaries_v_rels" ADD CONSTRAINT "_procurement_summaries_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_procurement_summaries_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procurement_summaries_v_rels" ADD CONSTRAINT "_procurement_summaries_v_rels_documents_fk" FOREIGN KEY ("documents_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "complaint_statistics_rels" ADD CONSTRAINT "complaint_statistics_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."complaint_statistics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "complaint_statistics_rels" ADD CONSTRAINT "complaint_statistics_rels_documents_fk" FOREIGN KEY ("documents_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_complaint_statistics_v_rels" ADD CONSTRAINT "_complaint_statistics_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_complaint_statistics_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_complaint_statistics_v_rels" ADD CONSTRAINT "_complaint_statistics_v_rels_documents_fk" FOREIGN KEY ("documents_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "risk_assessments_rels" ADD CONSTRAINT "risk_assessments_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."risk_assessments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "risk_assessments_rels" ADD CONSTRAINT "risk_assessments_rels_documents_fk" FOREIGN KEY ("documents_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_risk_assessments_v_rels" ADD CONSTRAINT "_risk_assessments_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_risk_assessments_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_risk_assessments_v_rels" ADD CONSTRAINT "_risk_assessments_v_rels_documents_fk" FOREIGN KEY ("documents_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "crime_statistics_rels_order_idx" ON "crime_statistics_rels" USING btree ("order");
  CREATE INDEX "crime_statistics_rels_parent_idx" ON "crime_statistics_rels" USING btree ("parent_id");
  CREATE INDEX "crime_statistics_rels_path_idx" ON "crime_statistics_rels" USING btree ("path");
  CREATE INDEX "crime_statistics_rels_documents_id_idx" ON "crime_statistics_rels" USING btree ("documents_id");
  CREATE INDEX "_crime_statistics_v_rels_order_idx" ON "_crime_statistics_v_rels" USING btree ("order");
  CREATE INDEX "_crime_statistics_v_rels_parent_idx" ON "_crime_statistics_v_rels" USING btree ("parent_id");
  CREATE INDEX "_crime_statistics_v_rels_path_idx" ON "_crime_statistics_v_rels" USING btree ("path");
  CREATE INDEX "_crime_statistics_v_rels_documents_id_idx" ON "_crime_statistics_v_rels" USING btree ("documents_id");
  CREATE INDEX "checkpoint_statistics_rels_order_idx" ON "checkpoint_statistics_rels" USING btree ("order");
  CREATE INDEX "checkpoint_statistics_rels_parent_idx" ON "checkpoint_statistics_rels" USING btree ("parent_id");
  CREATE INDEX "checkpoint_statistics_rels_path_idx" ON "checkpoint_statistics_rels" USING btree ("path");
  CREATE INDEX "checkpoint_statistics_rels_documents_id_idx" ON "checkpoint_statistics_rels" USING btree ("documents_id");
  CREATE INDEX "_checkpoint_statistics_v_rels_order_idx" ON "_checkpoint_statistics_v_rels" USING btree ("order");
  CREATE INDEX "_checkpoint_statistics_v_rels_parent_idx" ON "_checkpoint_statistics_v_rels" USING btree ("parent_id");
  CREATE INDEX "_checkpoint_statistics_v_rels_path_idx" ON "_checkpoint_statistics_v_rels" USING btree ("path");
  CREATE INDEX "_checkpoint_statistics_v_rels_documents_id_idx" ON "_checkpoint_statistics_v_rels" USING btree ("documents_id");
  CREATE INDEX "budget_reports_rels_order_idx" ON "budget_reports_rels" USING btree ("order");
  CREATE INDEX "budget_reports_rels_parent_idx" ON "budget_reports_rels" USING btree ("parent_id");
  CREATE INDEX "budget_reports_rels_path_idx" ON "budget_reports_rels" USING btree ("path");
  CREATE INDEX "budget_reports_rels_documents_id_idx" ON "budget_reports_rels" USING btree ("documents_id");
  CREATE INDEX "_budget_reports_v_rels_order_idx" ON "_budget_reports_v_rels" USING btree ("order");
  CREATE INDEX "_budget_reports_v_rels_parent_idx" ON "_budget_reports_v_rels" USING btree ("parent_id");
  CREATE INDEX "_budget_reports_v_rels_path_idx" ON "_budget_reports_v_rels" USING btree ("path");
  CREATE INDEX "_budget_reports_v_rels_documents_id_idx" ON "_budget_reports_v_rels" USING btree ("documents_id");
  CREATE INDEX "investigation_fund_reports_rels_order_idx" ON "investigation_fund_reports_rels" USING btree ("order");
  CREATE INDEX "investigation_fund_reports_rels_parent_idx" ON "investigation_fund_reports_rels" USING btree ("parent_id");
  CREATE INDEX "investigation_fund_reports_rels_path_idx" ON "investigation_fund_reports_rels" USING btree ("path");
  CREATE INDEX "investigation_fund_reports_rels_documents_id_idx" ON "investigation_fund_reports_rels" USING btree ("documents_id");
  CREATE INDEX "_investigation_fund_reports_v_rels_order_idx" ON "_investigation_fund_reports_v_rels" USING btree ("order");
  CREATE INDEX "_investigation_fund_reports_v_rels_parent_idx" ON "_investigation_fund_reports_v_rels" USING btree ("parent_id");
  CREATE INDEX "_investigation_fund_reports_v_rels_path_idx" ON "_investigation_fund_reports_v_rels" USING btree ("path");
  CREATE INDEX "_investigation_fund_reports_v_rels_documents_id_idx" ON "_investigation_fund_reports_v_rels" USING btree ("documents_id");
  CREATE INDEX "procurement_summaries_rels_order_idx" ON "procurement_summaries_rels" USING btree ("order");
  CREATE INDEX "procurement_summaries_rels_parent_idx" ON "procurement_summaries_rels" USING btree ("parent_id");
  CREATE INDEX "procurement_summaries_rels_path_idx" ON "procurement_summaries_rels" USING btree ("path");
  CREATE INDEX "procurement_summaries_rels_documents_id_idx" ON "procurement_summaries_rels" USING btree ("documents_id");
  CREATE INDEX "_procurement_summaries_v_rels_order_idx" ON "_procurement_summaries_v_rels" USING btree ("order");
  CREATE INDEX "_procurement_summaries_v_rels_parent_idx" ON "_procurement_summaries_v_rels" USING btree ("parent_id");
  CREATE INDEX "_procurement_summaries_v_rels_path_idx" ON "_procurement_summaries_v_rels" USING btree ("path");
  CREATE INDEX "_procurement_summaries_v_rels_documents_id_idx" ON "_procurement_summaries_v_rels" USING btree ("documents_id");
  CREATE INDEX "complaint_statistics_rels_order_idx" ON "complaint_statistics_rels" USING btree ("order");
  CREATE INDEX "complaint_statistics_rels_parent_idx" ON "complaint_statistics_rels" USING btree ("parent_id");
  CREATE INDEX "complaint_statistics_rels_path_idx" ON "complaint_statistics_rels" USING btree ("path");
  CREATE INDEX "complaint_statistics_rels_documents_id_idx" ON "complaint_statistics_rels" USING btree ("documents_id");
  CREATE INDEX "_complaint_statistics_v_rels_order_idx" ON "_complaint_statistics_v_rels" USING btree ("order");
  CREATE INDEX "_complaint_statistics_v_rels_parent_idx" ON "_complaint_statistics_v_rels" USING btree ("parent_id");
  CREATE INDEX "_complaint_statistics_v_rels_path_idx" ON "_complaint_statistics_v_rels" USING btree ("path");
  CREATE INDEX "_complaint_statistics_v_rels_documents_id_idx" ON "_complaint_statistics_v_rels" USING btree ("documents_id");
  CREATE INDEX "risk_assessments_rels_order_idx" ON "risk_assessments_rels" USING btree ("order");
  CREATE INDEX "risk_assessments_rels_parent_idx" ON "risk_assessments_rels" USING btree ("parent_id");
  CREATE INDEX "risk_assessments_rels_path_idx" ON "risk_assessments_rels" USING btree ("path");
  CREATE INDEX "risk_assessments_rels_documents_id_idx" ON "risk_assessments_rels" USING btree ("documents_id");
  CREATE INDEX "_risk_assessments_v_rels_order_idx" ON "_risk_assessments_v_rels" USING btree ("order");
  CREATE INDEX "_risk_assessments_v_rels_parent_idx" ON "_risk_assessments_v_rels" USING btree ("parent_id");
  CREATE INDEX "_risk_assessments_v_rels_path_idx" ON "_risk_assessments_v_rels" USING btree ("path");
  CREATE INDEX "_risk_assessments_v_rels_documents_id_idx" ON "_risk_assessments_v_rels" USING btree ("documents_id");
  ALTER TABLE "monthly_reports_rels" ADD CONSTRAINT "monthly_reports_rels_documents_fk" FOREIGN KEY ("documents_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_monthly_reports_v_rels" ADD CONSTRAINT "_monthly_reports_v_rels_documents_fk" FOREIGN KEY ("documents_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "monthly_reports_rels_documents_id_idx" ON "monthly_reports_rels" USING btree ("documents_id");
  CREATE INDEX "_monthly_reports_v_rels_documents_id_idx" ON "_monthly_reports_v_rels" USING btree ("documents_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "crime_statistics_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_crime_statistics_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "checkpoint_statistics_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_checkpoint_statistics_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "budget_reports_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_budget_reports_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "investigation_fund_reports_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_investigation_fund_reports_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "procurement_summaries_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_procurement_summaries_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "complaint_statistics_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_complaint_statistics_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "risk_assessments_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_risk_assessments_v_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "crime_statistics_rels" CASCADE;
  DROP TABLE "_crime_statistics_v_rels" CASCADE;
  DROP TABLE "checkpoint_statistics_rels" CASCADE;
  DROP TABLE "_checkpoint_statistics_v_rels" CASCADE;
  DROP TABLE "budget_reports_rels" CASCADE;
  DROP TABLE "_budget_reports_v_rels" CASCADE;
  DROP TABLE "investigation_fund_reports_rels" CASCADE;
  DROP TABLE "_investigation_fund_reports_v_rels" CASCADE;
  DROP TABLE "procurement_summaries_rels" CASCADE;
  DROP TABLE "_procurement_summaries_v_rels" CASCADE;
  DROP TABLE "complaint_statistics_rels" CASCADE;
  DROP TABLE "_complaint_statistics_v_rels" CASCADE;
  DROP TABLE "risk_assessments_rels" CASCADE;
  DROP TABLE "_risk_assessments_v_rels" CASCADE;
  ALTER TABLE "monthly_reports_rels" DROP CONSTRAINT "monthly_reports_rels_documents_fk";
  
  ALTER TABLE "_monthly_reports_v_rels" DROP CONSTRAINT "_monthly_reports_v_rels_documents_fk";
  
  DROP INDEX "monthly_reports_rels_documents_id_idx";
  DROP INDEX "_monthly_reports_v_rels_documents_id_idx";
  ALTER TABLE "monthly_reports_rels" DROP COLUMN "documents_id";
  ALTER TABLE "_monthly_reports_v_rels" DROP COLUMN "documents_id";`)
}
