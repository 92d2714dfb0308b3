import type { MigrateUpArgs, MigrateDownArgs} from '@payloadcms/db-postgres';
import { sql } from '@payloadcms/db-postgres'

import { frameworks } from '../catalogue/frameworks'

/** Rules the official frameworks shipped before this one, replaced by stricter ones (an edited rule is kept). */
const replaced: Record<string, object[]> = {
  'executives-current': [{ type: 'records', collection: 'executives', fields: [], currentUntil: 'termEnd' }],
  'crime-statistics': [{ type: 'monthly', collection: 'crime-statistics', files: true }],
  'feedback-channel': [{ type: 'website' }],
  'complaint-channel': [{ type: 'website' }],
  'eit-link': [{ type: 'records', collection: 'units', fields: ['contact.eitSurveyUrl'] }],
  'signed-by-current-head': [{ type: 'records', collection: 'policies', where: { field: 'type', value: 'anti-bribery' }, fields: ['signerName', 'signerPosition'], locales: ['th'] }],
}

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_policies_parts_topic" AS ENUM('criteria-transfer', 'criteria-development', 'criteria-evaluation', 'criteria-salary-step', 'ethics-manual', 'not-below-rtp-code', 'do-and-dont', 'asset-classification', 'asset-control', 'weapons-inspection', 'borrowing-rules', 'staff-awareness', 'evidence-storage', 'practice-report', 'ita-working-group-order', 'head-briefing', 'oss-pr-point', 'oss-service-signs', 'oss-pledge-sign', 'oss-no-gift-sign', 'oss-manual-download-sign', 'oss-facilities', 'oit-website', 'oit-data-preparation', 'oit-monitoring', 'oit-owners');
  CREATE TYPE "public"."enum__policies_v_version_parts_topic" AS ENUM('criteria-transfer', 'criteria-development', 'criteria-evaluation', 'criteria-salary-step', 'ethics-manual', 'not-below-rtp-code', 'do-and-dont', 'asset-classification', 'asset-control', 'weapons-inspection', 'borrowing-rules', 'staff-awareness', 'evidence-storage', 'practice-report', 'ita-working-group-order', 'head-briefing', 'oss-pr-point', 'oss-service-signs', 'oss-pledge-sign', 'oss-no-gift-sign', 'oss-manual-download-sign', 'oss-facilities', 'oit-website', 'oit-data-preparation', 'oit-monitoring', 'oit-owners');
  CREATE TABLE "policies_parts" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"topic" "enum_policies_parts_topic",
  	"attachment_id" integer
  );
  
  CREATE TABLE "policies_parts_locales" (
  	"text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "_policies_v_version_parts" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"topic" "enum__policies_v_version_parts_topic",
  	"attachment_id" integer,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_policies_v_version_parts_locales" (
  	"text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  ALTER TABLE "policies_rels" ADD COLUMN "media_id" integer;
  ALTER TABLE "_policies_v_rels" ADD COLUMN "media_id" integer;
  ALTER TABLE "policies_parts" ADD CONSTRAINT "policies_parts_attachment_id_documents_id_fk" FOREIGN KEY ("attachment_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "policies_parts" ADD CONSTRAINT "policies_parts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."policies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "policies_parts_locales" ADD CONSTRAINT "policies_parts_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."policies_parts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_policies_v_version_parts" ADD CONSTRAINT "_policies_v_version_parts_attachment_id_documents_id_fk" FOREIGN KEY ("attachment_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_policies_v_version_parts" ADD CONSTRAINT "_policies_v_version_parts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_policies_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_policies_v_version_parts_locales" ADD CONSTRAINT "_policies_v_version_parts_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_policies_v_version_parts"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "policies_parts_order_idx" ON "policies_parts" USING btree ("_order");
  CREATE INDEX "policies_parts_parent_id_idx" ON "policies_parts" USING btree ("_parent_id");
  CREATE INDEX "policies_parts_attachment_idx" ON "policies_parts" USING btree ("attachment_id");
  CREATE UNIQUE INDEX "policies_parts_locales_locale_parent_id_unique" ON "policies_parts_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_policies_v_version_parts_order_idx" ON "_policies_v_version_parts" USING btree ("_order");
  CREATE INDEX "_policies_v_version_parts_parent_id_idx" ON "_policies_v_version_parts" USING btree ("_parent_id");
  CREATE INDEX "_policies_v_version_parts_attachment_idx" ON "_policies_v_version_parts" USING btree ("attachment_id");
  CREATE UNIQUE INDEX "_policies_v_version_parts_locales_locale_parent_id_unique" ON "_policies_v_version_parts_locales" USING btree ("_locale","_parent_id");
  ALTER TABLE "policies_rels" ADD CONSTRAINT "policies_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_policies_v_rels" ADD CONSTRAINT "_policies_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "policies_rels_media_id_idx" ON "policies_rels" USING btree ("media_id");
  CREATE INDEX "_policies_v_rels_media_id_idx" ON "_policies_v_rels" USING btree ("media_id");`)

  // Official frameworks already installed get the evidence rules of every element that had none.
  for (const framework of frameworks) {
    for (const item of framework.items) {
      for (const element of item.requiredElements) {
        if (!element.check) continue
        await db.execute(sql`
          update oit_frameworks_items_required_elements e set "check" = ${JSON.stringify(element.check)}::jsonb
          from oit_frameworks_items i join oit_frameworks f on f.id = i._parent_id
          where e._parent_id = i.id and e.key = ${element.key}
            and (e."check" is null or e."check" in (select jsonb_array_elements(${JSON.stringify(replaced[element.key] ?? [])}::jsonb)))
            and i.code = ${item.code} and f.fiscal_year = ${framework.fiscalYear} and f.unit_type::text = ${framework.unitType}`)
      }
    }
  }
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "policies_parts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "policies_parts_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_policies_v_version_parts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_policies_v_version_parts_locales" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "policies_parts" CASCADE;
  DROP TABLE "policies_parts_locales" CASCADE;
  DROP TABLE "_policies_v_version_parts" CASCADE;
  DROP TABLE "_policies_v_version_parts_locales" CASCADE;
  ALTER TABLE "policies_rels" DROP CONSTRAINT "policies_rels_media_fk";
  
  ALTER TABLE "_policies_v_rels" DROP CONSTRAINT "_policies_v_rels_media_fk";
  
  DROP INDEX "policies_rels_media_id_idx";
  DROP INDEX "_policies_v_rels_media_id_idx";
  ALTER TABLE "policies_rels" DROP COLUMN "media_id";
  ALTER TABLE "_policies_v_rels" DROP COLUMN "media_id";
  DROP TYPE "public"."enum_policies_parts_topic";
  DROP TYPE "public"."enum__policies_v_version_parts_topic";`)
}
