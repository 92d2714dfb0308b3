import type { MigrateUpArgs, MigrateDownArgs} from '@payloadcms/db-postgres';
import { sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."_locales" AS ENUM('th', 'en');
  CREATE TYPE "public"."enum_users_role" AS ENUM('super-admin', 'hq-reviewer', 'unit-approver', 'unit-editor');
  CREATE TYPE "public"."enum_units_unit_type" AS ENUM('police-station', 'immigration-provincial', 'hq');
  CREATE TYPE "public"."enum_oit_frameworks_items_formats_any_of" AS ENUM('pdf', 'docx', 'xlsx', 'csv');
  CREATE TYPE "public"."enum_oit_frameworks_items_feeds" AS ENUM('executives', 'org-structures', 'authorities', 'laws', 'committee-members', 'committee-reports', 'feedback', 'news', 'monthly-reports', 'manuals', 'e-services', 'crime-statistics', 'checkpoint-statistics', 'budget-reports', 'investigation-fund-reports', 'procurement-announcements', 'procurement-summaries', 'complaint-statistics', 'corruption-complaints', 'policies', 'risk-assessments', 'risk-reports', 'measure-reports', 'disclosures', 'units');
  CREATE TYPE "public"."enum_oit_frameworks_items_sub_indicator" AS ENUM('9.1', '9.2', '9.3', '9.4', '9.5', '10.1', '10.2');
  CREATE TYPE "public"."enum_oit_frameworks_items_cadence" AS ENUM('once', 'monthly', 'per-event');
  CREATE TYPE "public"."enum_oit_frameworks_unit_type" AS ENUM('police-station', 'immigration-provincial', 'hq');
  CREATE TYPE "public"."enum_disclosures_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__disclosures_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__disclosures_v_published_locale" AS ENUM('th', 'en');
  CREATE TABLE "users_tenants" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"tenant_id" integer NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"role" "enum_users_role" DEFAULT 'unit-editor' NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "units_domains" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"domain" varchar NOT NULL
  );
  
  CREATE TABLE "units_contact_phones" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"number" varchar NOT NULL
  );
  
  CREATE TABLE "units_contact_phones_locales" (
  	"label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "units" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar NOT NULL,
  	"unit_type" "enum_units_unit_type" NOT NULL,
  	"parent_id" integer,
  	"contact_email" varchar,
  	"contact_map_latitude" numeric,
  	"contact_map_longitude" numeric,
  	"contact_map_url" varchar,
  	"contact_social_website" varchar,
  	"contact_social_facebook" varchar,
  	"contact_social_line" varchar,
  	"contact_social_youtube" varchar,
  	"contact_social_tiktok" varchar,
  	"head_rank" varchar,
  	"internal_itap_admin_name" varchar,
  	"internal_itap_admin_phone" varchar,
  	"internal_itap_admin_email" varchar,
  	"internal_notes" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "units_locales" (
  	"name" varchar NOT NULL,
  	"short_name" varchar NOT NULL,
  	"contact_address" varchar,
  	"head_name" varchar,
  	"head_position" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "oit_frameworks_items_required_elements" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"label" varchar NOT NULL
  );
  
  CREATE TABLE "oit_frameworks_items_formats_any_of" (
  	"order" integer NOT NULL,
  	"parent_id" varchar NOT NULL,
  	"value" "enum_oit_frameworks_items_formats_any_of",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "oit_frameworks_items_formats" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "oit_frameworks_items_feeds" (
  	"order" integer NOT NULL,
  	"parent_id" varchar NOT NULL,
  	"value" "enum_oit_frameworks_items_feeds",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "oit_frameworks_items_crime_groups" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"label" varchar
  );
  
  CREATE TABLE "oit_frameworks_items_risk_bands" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"min" numeric,
  	"max" numeric
  );
  
  CREATE TABLE "oit_frameworks_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"code" varchar NOT NULL,
  	"sub_indicator" "enum_oit_frameworks_items_sub_indicator" NOT NULL,
  	"cadence" "enum_oit_frameworks_items_cadence" DEFAULT 'once' NOT NULL,
  	"title_th" varchar NOT NULL,
  	"title_en" varchar NOT NULL,
  	"guidance" varchar,
  	"window_start_month" numeric DEFAULT 10 NOT NULL,
  	"window_months" numeric DEFAULT 6 NOT NULL
  );
  
  CREATE TABLE "oit_frameworks" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"fiscal_year" numeric NOT NULL,
  	"unit_type" "enum_oit_frameworks_unit_type" NOT NULL,
  	"title" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "disclosures" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"fiscal_year" numeric,
  	"item_code" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_disclosures_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "disclosures_locales" (
  	"title" varchar,
  	"body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_disclosures_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_tenant_id" integer,
  	"version_fiscal_year" numeric,
  	"version_item_code" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__disclosures_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__disclosures_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_disclosures_v_locales" (
  	"version_title" varchar,
  	"version_body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer,
  	"units_id" integer,
  	"oit_frameworks_id" integer,
  	"disclosures_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "users_tenants" ADD CONSTRAINT "users_tenants_tenant_id_units_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users_tenants" ADD CONSTRAINT "users_tenants_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "units_domains" ADD CONSTRAINT "units_domains_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "units_contact_phones" ADD CONSTRAINT "units_contact_phones_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "units_contact_phones_locales" ADD CONSTRAINT "units_contact_phones_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."units_contact_phones"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "units" ADD CONSTRAINT "units_parent_id_units_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "units_locales" ADD CONSTRAINT "units_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "oit_frameworks_items_required_elements" ADD CONSTRAINT "oit_frameworks_items_required_elements_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."oit_frameworks_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "oit_frameworks_items_formats_any_of" ADD CONSTRAINT "oit_frameworks_items_formats_any_of_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."oit_frameworks_items_formats"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "oit_frameworks_items_formats" ADD CONSTRAINT "oit_frameworks_items_formats_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."oit_frameworks_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "oit_frameworks_items_feeds" ADD CONSTRAINT "oit_frameworks_items_feeds_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."oit_frameworks_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "oit_frameworks_items_crime_groups" ADD CONSTRAINT "oit_frameworks_items_crime_groups_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."oit_frameworks_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "oit_frameworks_items_risk_bands" ADD CONSTRAINT "oit_frameworks_items_risk_bands_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."oit_frameworks_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "oit_frameworks_items" ADD CONSTRAINT "oit_frameworks_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."oit_frameworks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "disclosures" ADD CONSTRAINT "disclosures_tenant_id_units_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "disclosures_locales" ADD CONSTRAINT "disclosures_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."disclosures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_disclosures_v" ADD CONSTRAINT "_disclosures_v_parent_id_disclosures_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."disclosures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_disclosures_v" ADD CONSTRAINT "_disclosures_v_version_tenant_id_units_id_fk" FOREIGN KEY ("version_tenant_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_disclosures_v_locales" ADD CONSTRAINT "_disclosures_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_disclosures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_units_fk" FOREIGN KEY ("units_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_oit_frameworks_fk" FOREIGN KEY ("oit_frameworks_id") REFERENCES "public"."oit_frameworks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_disclosures_fk" FOREIGN KEY ("disclosures_id") REFERENCES "public"."disclosures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "users_tenants_order_idx" ON "users_tenants" USING btree ("_order");
  CREATE INDEX "users_tenants_parent_id_idx" ON "users_tenants" USING btree ("_parent_id");
  CREATE INDEX "users_tenants_tenant_idx" ON "users_tenants" USING btree ("tenant_id");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE INDEX "units_domains_order_idx" ON "units_domains" USING btree ("_order");
  CREATE INDEX "units_domains_parent_id_idx" ON "units_domains" USING btree ("_parent_id");
  CREATE INDEX "units_domains_domain_idx" ON "units_domains" USING btree ("domain");
  CREATE INDEX "units_contact_phones_order_idx" ON "units_contact_phones" USING btree ("_order");
  CREATE INDEX "units_contact_phones_parent_id_idx" ON "units_contact_phones" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "units_contact_phones_locales_locale_parent_id_unique" ON "units_contact_phones_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "units_slug_idx" ON "units" USING btree ("slug");
  CREATE INDEX "units_parent_idx" ON "units" USING btree ("parent_id");
  CREATE INDEX "units_updated_at_idx" ON "units" USING btree ("updated_at");
  CREATE INDEX "units_created_at_idx" ON "units" USING btree ("created_at");
  CREATE UNIQUE INDEX "units_locales_locale_parent_id_unique" ON "units_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "oit_frameworks_items_required_elements_order_idx" ON "oit_frameworks_items_required_elements" USING btree ("_order");
  CREATE INDEX "oit_frameworks_items_required_elements_parent_id_idx" ON "oit_frameworks_items_required_elements" USING btree ("_parent_id");
  CREATE INDEX "oit_frameworks_items_formats_any_of_order_idx" ON "oit_frameworks_items_formats_any_of" USING btree ("order");
  CREATE INDEX "oit_frameworks_items_formats_any_of_parent_idx" ON "oit_frameworks_items_formats_any_of" USING btree ("parent_id");
  CREATE INDEX "oit_frameworks_items_formats_order_idx" ON "oit_frameworks_items_formats" USING btree ("_order");
  CREATE INDEX "oit_frameworks_items_formats_parent_id_idx" ON "oit_frameworks_items_formats" USING btree ("_parent_id");
  CREATE INDEX "oit_frameworks_items_feeds_order_idx" ON "oit_frameworks_items_feeds" USING btree ("order");
  CREATE INDEX "oit_frameworks_items_feeds_parent_idx" ON "oit_frameworks_items_feeds" USING btree ("parent_id");
  CREATE INDEX "oit_frameworks_items_crime_groups_order_idx" ON "oit_frameworks_items_crime_groups" USING btree ("_order");
  CREATE INDEX "oit_frameworks_items_crime_groups_parent_id_idx" ON "oit_frameworks_items_crime_groups" USING btree ("_parent_id");
  CREATE INDEX "oit_frameworks_items_risk_bands_order_idx" ON "oit_frameworks_items_risk_bands" USING btree ("_order");
  CREATE INDEX "oit_frameworks_items_risk_bands_parent_id_idx" ON "oit_frameworks_items_risk_bands" USING btree ("_parent_id");
  CREATE INDEX "oit_frameworks_items_order_idx" ON "oit_frameworks_items" USING btree ("_order");
  CREATE INDEX "oit_frameworks_items_parent_id_idx" ON "oit_frameworks_items" USING btree ("_parent_id");
  CREATE INDEX "oit_frameworks_fiscal_year_idx" ON "oit_frameworks" USING btree ("fiscal_year");
  CREATE INDEX "oit_frameworks_updated_at_idx" ON "oit_frameworks" USING btree ("updated_at");
  CREATE INDEX "oit_frameworks_created_at_idx" ON "oit_frameworks" USING btree ("created_at");
  CREATE UNIQUE INDEX "fiscalYear_unitType_idx" ON "oit_frameworks" USING btree ("fiscal_year","unit_type");
  CREATE INDEX "disclosures_tenant_idx" ON "disclosures" USING btree ("tenant_id");
  CREATE INDEX "disclosures_fiscal_year_idx" ON "disclosures" USING btree ("fiscal_year");
  CREATE INDEX "disclosures_item_code_idx" ON "disclosures" USING btree ("item_code");
  CREATE INDEX "disclosures_updated_at_idx" ON "disclosures" USING btree ("updated_at");
  CREATE INDEX "disclosures_created_at_idx" ON "disclosures" USING btree ("created_at");
  CREATE INDEX "disclosures__status_idx" ON "disclosures" USING btree ("_status");
  CREATE UNIQUE INDEX "disclosures_locales_locale_parent_id_unique" ON "disclosures_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_disclosures_v_parent_idx" ON "_disclosures_v" USING btree ("parent_id");
  CREATE INDEX "_disclosures_v_version_version_tenant_idx" ON "_disclosures_v" USING btree ("version_tenant_id");
  CREATE INDEX "_disclosures_v_version_version_fiscal_year_idx" ON "_disclosures_v" USING btree ("version_fiscal_year");
  CREATE INDEX "_disclosures_v_version_version_item_code_idx" ON "_disclosures_v" USING btree ("version_item_code");
  CREATE INDEX "_disclosures_v_version_version_updated_at_idx" ON "_disclosures_v" USING btree ("version_updated_at");
  CREATE INDEX "_disclosures_v_version_version_created_at_idx" ON "_disclosures_v" USING btree ("version_created_at");
  CREATE INDEX "_disclosures_v_version_version__status_idx" ON "_disclosures_v" USING btree ("version__status");
  CREATE INDEX "_disclosures_v_created_at_idx" ON "_disclosures_v" USING btree ("created_at");
  CREATE INDEX "_disclosures_v_updated_at_idx" ON "_disclosures_v" USING btree ("updated_at");
  CREATE INDEX "_disclosures_v_snapshot_idx" ON "_disclosures_v" USING btree ("snapshot");
  CREATE INDEX "_disclosures_v_published_locale_idx" ON "_disclosures_v" USING btree ("published_locale");
  CREATE INDEX "_disclosures_v_latest_idx" ON "_disclosures_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_disclosures_v_locales_locale_parent_id_unique" ON "_disclosures_v_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_locked_documents_rels_units_id_idx" ON "payload_locked_documents_rels" USING btree ("units_id");
  CREATE INDEX "payload_locked_documents_rels_oit_frameworks_id_idx" ON "payload_locked_documents_rels" USING btree ("oit_frameworks_id");
  CREATE INDEX "payload_locked_documents_rels_disclosures_id_idx" ON "payload_locked_documents_rels" USING btree ("disclosures_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "users_tenants" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "units_domains" CASCADE;
  DROP TABLE "units_contact_phones" CASCADE;
  DROP TABLE "units_contact_phones_locales" CASCADE;
  DROP TABLE "units" CASCADE;
  DROP TABLE "units_locales" CASCADE;
  DROP TABLE "oit_frameworks_items_required_elements" CASCADE;
  DROP TABLE "oit_frameworks_items_formats_any_of" CASCADE;
  DROP TABLE "oit_frameworks_items_formats" CASCADE;
  DROP TABLE "oit_frameworks_items_feeds" CASCADE;
  DROP TABLE "oit_frameworks_items_crime_groups" CASCADE;
  DROP TABLE "oit_frameworks_items_risk_bands" CASCADE;
  DROP TABLE "oit_frameworks_items" CASCADE;
  DROP TABLE "oit_frameworks" CASCADE;
  DROP TABLE "disclosures" CASCADE;
  DROP TABLE "disclosures_locales" CASCADE;
  DROP TABLE "_disclosures_v" CASCADE;
  DROP TABLE "_disclosures_v_locales" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TYPE "public"."_locales";
  DROP TYPE "public"."enum_users_role";
  DROP TYPE "public"."enum_units_unit_type";
  DROP TYPE "public"."enum_oit_frameworks_items_formats_any_of";
  DROP TYPE "public"."enum_oit_frameworks_items_feeds";
  DROP TYPE "public"."enum_oit_frameworks_items_sub_indicator";
  DROP TYPE "public"."enum_oit_frameworks_items_cadence";
  DROP TYPE "public"."enum_oit_frameworks_unit_type";
  DROP TYPE "public"."enum_disclosures_status";
  DROP TYPE "public"."enum__disclosures_v_version_status";
  DROP TYPE "public"."enum__disclosures_v_published_locale";`)
}
