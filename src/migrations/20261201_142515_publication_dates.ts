import type { MigrateUpArgs, MigrateDownArgs} from '@payloadcms/db-postgres';
import { sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "publication_dates" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"fiscal_year" numeric NOT NULL,
  	"item" varchar NOT NULL,
  	"period" varchar NOT NULL,
  	"first_published_at" timestamp(3) with time zone NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "publication_dates_id" integer;
  ALTER TABLE "publication_dates" ADD CONSTRAINT "publication_dates_tenant_id_units_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "publication_dates_tenant_idx" ON "publication_dates" USING btree ("tenant_id");
  CREATE INDEX "publication_dates_fiscal_year_idx" ON "publication_dates" USING btree ("fiscal_year");
  CREATE INDEX "publication_dates_updated_at_idx" ON "publication_dates" USING btree ("updated_at");
  CREATE INDEX "publication_dates_created_at_idx" ON "publication_dates" USING btree ("created_at");
  CREATE UNIQUE INDEX "tenant_fiscalYear_item_period_idx" ON "publication_dates" USING btree ("tenant_id","fiscal_year","item","period");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_publication_dates_fk" FOREIGN KEY ("publication_dates_id") REFERENCES "public"."publication_dates"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_publication_dates_id_idx" ON "payload_locked_documents_rels" USING btree ("publication_dates_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "publication_dates" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "publication_dates" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_publication_dates_fk";
  
  DROP INDEX "payload_locked_documents_rels_publication_dates_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "publication_dates_id";`)
}
