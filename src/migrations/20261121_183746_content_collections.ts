import type { MigrateUpArgs, MigrateDownArgs} from '@payloadcms/db-postgres';
import { sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_executives_rank" AS ENUM('pol-gen', 'pol-gen-f', 'pol-lt-gen', 'pol-lt-gen-f', 'pol-maj-gen', 'pol-maj-gen-f', 'pol-col', 'pol-col-f', 'pol-lt-col', 'pol-lt-col-f', 'pol-maj', 'pol-maj-f', 'pol-capt', 'pol-capt-f', 'pol-lt', 'pol-lt-f', 'pol-sub-lt', 'pol-sub-lt-f', 'pol-snr-sgt-maj', 'pol-snr-sgt-maj-f', 'pol-sgt-maj', 'pol-sgt-maj-f', 'pol-sgt', 'pol-sgt-f', 'pol-cpl', 'pol-cpl-f', 'pol-l-cpl', 'pol-l-cpl-f');
  CREATE TYPE "public"."enum_executives_line_of_work" AS ENUM('whole-unit', 'administration', 'crime-prevention', 'traffic', 'investigation', 'inquiry', 'investigation-suppression', 'border-inspection', 'alien-services');
  CREATE TYPE "public"."enum_executives_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__executives_v_version_rank" AS ENUM('pol-gen', 'pol-gen-f', 'pol-lt-gen', 'pol-lt-gen-f', 'pol-maj-gen', 'pol-maj-gen-f', 'pol-col', 'pol-col-f', 'pol-lt-col', 'pol-lt-col-f', 'pol-maj', 'pol-maj-f', 'pol-capt', 'pol-capt-f', 'pol-lt', 'pol-lt-f', 'pol-sub-lt', 'pol-sub-lt-f', 'pol-snr-sgt-maj', 'pol-snr-sgt-maj-f', 'pol-sgt-maj', 'pol-sgt-maj-f', 'pol-sgt', 'pol-sgt-f', 'pol-cpl', 'pol-cpl-f', 'pol-l-cpl', 'pol-l-cpl-f');
  CREATE TYPE "public"."enum__executives_v_version_line_of_work" AS ENUM('whole-unit', 'administration', 'crime-prevention', 'traffic', 'investigation', 'inquiry', 'investigation-suppression', 'border-inspection', 'alien-services');
  CREATE TYPE "public"."enum__executives_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__executives_v_published_locale" AS ENUM('th', 'en');
  CREATE TYPE "public"."enum_org_structures_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__org_structures_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__org_structures_v_published_locale" AS ENUM('th', 'en');
  CREATE TYPE "public"."enum_authorities_lines_line_of_work" AS ENUM('whole-unit', 'administration', 'crime-prevention', 'traffic', 'investigation', 'inquiry', 'investigation-suppression', 'border-inspection', 'alien-services');
  CREATE TYPE "public"."enum_authorities_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__authorities_v_version_lines_line_of_work" AS ENUM('whole-unit', 'administration', 'crime-prevention', 'traffic', 'investigation', 'inquiry', 'investigation-suppression', 'border-inspection', 'alien-services');
  CREATE TYPE "public"."enum__authorities_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__authorities_v_published_locale" AS ENUM('th', 'en');
  CREATE TYPE "public"."enum_law_categories_kind" AS ENUM('law', 'guideline');
  CREATE TYPE "public"."enum_laws_kind" AS ENUM('act', 'code', 'emergency-decree', 'royal-decree', 'ministerial-regulation', 'regulation', 'rule', 'order', 'announcement', 'guideline', 'other');
  CREATE TYPE "public"."enum_laws_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__laws_v_version_kind" AS ENUM('act', 'code', 'emergency-decree', 'royal-decree', 'ministerial-regulation', 'regulation', 'rule', 'order', 'announcement', 'guideline', 'other');
  CREATE TYPE "public"."enum__laws_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__laws_v_published_locale" AS ENUM('th', 'en');
  CREATE TYPE "public"."enum_committee_members_committee_position" AS ENUM('chair', 'vice-chair', 'member', 'secretary', 'assistant-secretary');
  CREATE TYPE "public"."enum_committee_members_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__committee_members_v_version_committee_position" AS ENUM('chair', 'vice-chair', 'member', 'secretary', 'assistant-secretary');
  CREATE TYPE "public"."enum__committee_members_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__committee_members_v_published_locale" AS ENUM('th', 'en');
  CREATE TYPE "public"."enum_committee_reports_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__committee_reports_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__committee_reports_v_published_locale" AS ENUM('th', 'en');
  CREATE TYPE "public"."enum_news_tags" AS ENUM('performance', 'head-participation', 'ita', 'eit', 'public-service');
  CREATE TYPE "public"."enum_news_social_links_platform" AS ENUM('facebook', 'line', 'youtube', 'tiktok', 'x', 'instagram');
  CREATE TYPE "public"."enum_news_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__news_v_version_tags" AS ENUM('performance', 'head-participation', 'ita', 'eit', 'public-service');
  CREATE TYPE "public"."enum__news_v_version_social_links_platform" AS ENUM('facebook', 'line', 'youtube', 'tiktok', 'x', 'instagram');
  CREATE TYPE "public"."enum__news_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__news_v_published_locale" AS ENUM('th', 'en');
  CREATE TYPE "public"."enum_monthly_reports_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__monthly_reports_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__monthly_reports_v_published_locale" AS ENUM('th', 'en');
  CREATE TYPE "public"."enum_manuals_languages" AS ENUM('th', 'en', 'other');
  CREATE TYPE "public"."enum_manuals_audience" AS ENUM('staff', 'citizen');
  CREATE TYPE "public"."enum_manuals_line_of_work" AS ENUM('whole-unit', 'administration', 'crime-prevention', 'traffic', 'investigation', 'inquiry', 'investigation-suppression', 'border-inspection', 'alien-services');
  CREATE TYPE "public"."enum_manuals_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__manuals_v_version_languages" AS ENUM('th', 'en', 'other');
  CREATE TYPE "public"."enum__manuals_v_version_audience" AS ENUM('staff', 'citizen');
  CREATE TYPE "public"."enum__manuals_v_version_line_of_work" AS ENUM('whole-unit', 'administration', 'crime-prevention', 'traffic', 'investigation', 'inquiry', 'investigation-suppression', 'border-inspection', 'alien-services');
  CREATE TYPE "public"."enum__manuals_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__manuals_v_published_locale" AS ENUM('th', 'en');
  CREATE TYPE "public"."enum_e_services_kind" AS ENUM('online-crime-report', 'online-fine-payment', 'case-tracking', 'e-extension', 'e-voa', '90-day-report', 'other');
  CREATE TYPE "public"."enum_e_services_icon" AS ENUM('report', 'payment', 'search', 'passport', 'calendar', 'link');
  CREATE TYPE "public"."enum_e_services_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__e_services_v_version_kind" AS ENUM('online-crime-report', 'online-fine-payment', 'case-tracking', 'e-extension', 'e-voa', '90-day-report', 'other');
  CREATE TYPE "public"."enum__e_services_v_version_icon" AS ENUM('report', 'payment', 'search', 'passport', 'calendar', 'link');
  CREATE TYPE "public"."enum__e_services_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__e_services_v_published_locale" AS ENUM('th', 'en');
  CREATE TYPE "public"."enum_crime_statistics_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__crime_statistics_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__crime_statistics_v_published_locale" AS ENUM('th', 'en');
  CREATE TYPE "public"."enum_checkpoint_statistics_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__checkpoint_statistics_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__checkpoint_statistics_v_published_locale" AS ENUM('th', 'en');
  CREATE TYPE "public"."enum_budget_reports_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__budget_reports_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__budget_reports_v_published_locale" AS ENUM('th', 'en');
  CREATE TYPE "public"."enum_investigation_fund_reports_spending_period" AS ENUM('q1', 'q2', 'q3', 'q4', 'm10', 'm11', 'm12', 'm1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7', 'm8', 'm9');
  CREATE TYPE "public"."enum_investigation_fund_reports_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__investigation_fund_reports_v_version_spending_period" AS ENUM('q1', 'q2', 'q3', 'q4', 'm10', 'm11', 'm12', 'm1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7', 'm8', 'm9');
  CREATE TYPE "public"."enum__investigation_fund_reports_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__investigation_fund_reports_v_published_locale" AS ENUM('th', 'en');
  CREATE TYPE "public"."enum_procurement_announcements_kind" AS ENUM('plan', 'invitation', 'reference-price', 'result', 'cancellation', 'other');
  CREATE TYPE "public"."enum_procurement_announcements_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__procurement_announcements_v_version_kind" AS ENUM('plan', 'invitation', 'reference-price', 'result', 'cancellation', 'other');
  CREATE TYPE "public"."enum__procurement_announcements_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__procurement_announcements_v_published_locale" AS ENUM('th', 'en');
  CREATE TYPE "public"."enum_procurement_summaries_rows_method" AS ENUM('specific', 'selection', 'e-bidding', 'e-market', 'price-agreement', 'price-inquiry', 'tender', 'special');
  CREATE TYPE "public"."enum_procurement_summaries_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__procurement_summaries_v_version_rows_method" AS ENUM('specific', 'selection', 'e-bidding', 'e-market', 'price-agreement', 'price-inquiry', 'tender', 'special');
  CREATE TYPE "public"."enum__procurement_summaries_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__procurement_summaries_v_published_locale" AS ENUM('th', 'en');
  CREATE TYPE "public"."enum_complaint_statistics_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__complaint_statistics_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__complaint_statistics_v_published_locale" AS ENUM('th', 'en');
  CREATE TYPE "public"."enum_policies_type" AS ENUM('hr-criteria', 'anti-bribery', 'ethics', 'assets', 'measures', 'other');
  CREATE TYPE "public"."enum_policies_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__policies_v_version_type" AS ENUM('hr-criteria', 'anti-bribery', 'ethics', 'assets', 'measures', 'other');
  CREATE TYPE "public"."enum__policies_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__policies_v_published_locale" AS ENUM('th', 'en');
  CREATE TYPE "public"."enum_risk_assessments_rows_line_of_work" AS ENUM('whole-unit', 'administration', 'crime-prevention', 'traffic', 'investigation', 'inquiry', 'investigation-suppression', 'border-inspection', 'alien-services');
  CREATE TYPE "public"."enum_risk_assessments_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__risk_assessments_v_version_rows_line_of_work" AS ENUM('whole-unit', 'administration', 'crime-prevention', 'traffic', 'investigation', 'inquiry', 'investigation-suppression', 'border-inspection', 'alien-services');
  CREATE TYPE "public"."enum__risk_assessments_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__risk_assessments_v_published_locale" AS ENUM('th', 'en');
  CREATE TYPE "public"."enum_risk_reports_results_line_of_work" AS ENUM('whole-unit', 'administration', 'crime-prevention', 'traffic', 'investigation', 'inquiry', 'investigation-suppression', 'border-inspection', 'alien-services');
  CREATE TYPE "public"."enum_risk_reports_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__risk_reports_v_version_results_line_of_work" AS ENUM('whole-unit', 'administration', 'crime-prevention', 'traffic', 'investigation', 'inquiry', 'investigation-suppression', 'border-inspection', 'alien-services');
  CREATE TYPE "public"."enum__risk_reports_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__risk_reports_v_published_locale" AS ENUM('th', 'en');
  CREATE TYPE "public"."enum_measure_reports_evidence_slot" AS ENUM('pr-point', 'service-signs', 'pledge-sign', 'no-gift-sign', 'manual-download-sign', 'facilities', 'oit-assignment', 'head-follow-up', 'other');
  CREATE TYPE "public"."enum_measure_reports_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__measure_reports_v_version_evidence_slot" AS ENUM('pr-point', 'service-signs', 'pledge-sign', 'no-gift-sign', 'manual-download-sign', 'facilities', 'oit-assignment', 'head-follow-up', 'other');
  CREATE TYPE "public"."enum__measure_reports_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__measure_reports_v_published_locale" AS ENUM('th', 'en');
  CREATE TYPE "public"."enum_feedback_kind" AS ENUM('question', 'comment', 'suggestion', 'praise', 'criticism');
  CREATE TYPE "public"."enum_feedback_status" AS ENUM('new', 'answered', 'closed');
  CREATE TYPE "public"."enum_corruption_complaints_status" AS ENUM('received', 'investigating', 'completed');
  CREATE TABLE "executives" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"rank" "enum_executives_rank",
  	"line_of_work" "enum_executives_line_of_work",
  	"photo_id" integer,
  	"direct_phone" varchar,
  	"order" numeric,
  	"term_start" timestamp(3) with time zone,
  	"term_end" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_executives_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "executives_locales" (
  	"first_name" varchar,
  	"last_name" varchar,
  	"full_name" varchar,
  	"position" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_executives_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_tenant_id" integer,
  	"version_rank" "enum__executives_v_version_rank",
  	"version_line_of_work" "enum__executives_v_version_line_of_work",
  	"version_photo_id" integer,
  	"version_direct_phone" varchar,
  	"version_order" numeric,
  	"version_term_start" timestamp(3) with time zone,
  	"version_term_end" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__executives_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__executives_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_executives_v_locales" (
  	"version_first_name" varchar,
  	"version_last_name" varchar,
  	"version_full_name" varchar,
  	"version_position" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "org_structures_manpower" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"allotted" numeric,
  	"actual" numeric
  );
  
  CREATE TABLE "org_structures_manpower_locales" (
  	"position_group" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "org_structures" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"as_of" timestamp(3) with time zone,
  	"fiscal_year" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_org_structures_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "org_structures_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer,
  	"documents_id" integer
  );
  
  CREATE TABLE "_org_structures_v_version_manpower" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"allotted" numeric,
  	"actual" numeric,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_org_structures_v_version_manpower_locales" (
  	"position_group" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_org_structures_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_tenant_id" integer,
  	"version_as_of" timestamp(3) with time zone,
  	"version_fiscal_year" numeric,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__org_structures_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__org_structures_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_org_structures_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer,
  	"documents_id" integer
  );
  
  CREATE TABLE "authorities_lines" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"line_of_work" "enum_authorities_lines_line_of_work"
  );
  
  CREATE TABLE "authorities_lines_locales" (
  	"mission" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "authorities_area" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"population" numeric
  );
  
  CREATE TABLE "authorities_area_locales" (
  	"district" varchar,
  	"subdistrict" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "authorities" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"prepared_month" timestamp(3) with time zone,
  	"fiscal_year" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_authorities_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "authorities_locales" (
  	"mission" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_authorities_v_version_lines" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"line_of_work" "enum__authorities_v_version_lines_line_of_work",
  	"_uuid" varchar
  );
  
  CREATE TABLE "_authorities_v_version_lines_locales" (
  	"mission" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_authorities_v_version_area" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"population" numeric,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_authorities_v_version_area_locales" (
  	"district" varchar,
  	"subdistrict" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_authorities_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_tenant_id" integer,
  	"version_prepared_month" timestamp(3) with time zone,
  	"version_fiscal_year" numeric,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__authorities_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__authorities_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_authorities_v_locales" (
  	"version_mission" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "law_categories" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar NOT NULL,
  	"kind" "enum_law_categories_kind" DEFAULT 'law' NOT NULL,
  	"order" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "law_categories_locales" (
  	"name" varchar NOT NULL,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "laws" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"category_id" integer,
  	"kind" "enum_laws_kind",
  	"year" numeric,
  	"file_id" integer,
  	"link" varchar,
  	"search_text" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_laws_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "laws_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_laws_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_tenant_id" integer,
  	"version_category_id" integer,
  	"version_kind" "enum__laws_v_version_kind",
  	"version_year" numeric,
  	"version_file_id" integer,
  	"version_link" varchar,
  	"version_search_text" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__laws_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__laws_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_laws_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "committee_members" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"photo_id" integer,
  	"committee_position" "enum_committee_members_committee_position",
  	"order" numeric,
  	"term_start" timestamp(3) with time zone,
  	"term_end" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_committee_members_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "committee_members_locales" (
  	"name" varchar,
  	"occupation" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_committee_members_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_tenant_id" integer,
  	"version_photo_id" integer,
  	"version_committee_position" "enum__committee_members_v_version_committee_position",
  	"version_order" numeric,
  	"version_term_start" timestamp(3) with time zone,
  	"version_term_end" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__committee_members_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__committee_members_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_committee_members_v_locales" (
  	"version_name" varchar,
  	"version_occupation" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "committee_reports_meetings" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone
  );
  
  CREATE TABLE "committee_reports_meetings_locales" (
  	"topic" varchar,
  	"outcome" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "committee_reports" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"fiscal_year" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_committee_reports_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "committee_reports_locales" (
  	"role" jsonb,
  	"results" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "committee_reports_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer
  );
  
  CREATE TABLE "_committee_reports_v_version_meetings" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_committee_reports_v_version_meetings_locales" (
  	"topic" varchar,
  	"outcome" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_committee_reports_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_tenant_id" integer,
  	"version_fiscal_year" numeric,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__committee_reports_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__committee_reports_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_committee_reports_v_locales" (
  	"version_role" jsonb,
  	"version_results" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_committee_reports_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer
  );
  
  CREATE TABLE "news_tags" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_news_tags",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "news_social_links" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"platform" "enum_news_social_links_platform",
  	"url" varchar
  );
  
  CREATE TABLE "news" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"date" timestamp(3) with time zone,
  	"fiscal_year" numeric,
  	"summary" varchar,
  	"cover_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_news_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "news_locales" (
  	"title" varchar,
  	"body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "news_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer
  );
  
  CREATE TABLE "_news_v_version_tags" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__news_v_version_tags",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_news_v_version_social_links" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"platform" "enum__news_v_version_social_links_platform",
  	"url" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_news_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_tenant_id" integer,
  	"version_date" timestamp(3) with time zone,
  	"version_fiscal_year" numeric,
  	"version_summary" varchar,
  	"version_cover_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__news_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__news_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_news_v_locales" (
  	"version_title" varchar,
  	"version_body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_news_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer
  );
  
  CREATE TABLE "monthly_reports_activities" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"start_date" timestamp(3) with time zone,
  	"end_date" timestamp(3) with time zone
  );
  
  CREATE TABLE "monthly_reports_activities_locales" (
  	"title" varchar,
  	"details" varchar,
  	"section" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "monthly_reports" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"title" varchar,
  	"month" timestamp(3) with time zone,
  	"fiscal_year" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_monthly_reports_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "monthly_reports_locales" (
  	"summary" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "monthly_reports_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer
  );
  
  CREATE TABLE "_monthly_reports_v_version_activities" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"start_date" timestamp(3) with time zone,
  	"end_date" timestamp(3) with time zone,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_monthly_reports_v_version_activities_locales" (
  	"title" varchar,
  	"details" varchar,
  	"section" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_monthly_reports_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_tenant_id" integer,
  	"version_title" varchar,
  	"version_month" timestamp(3) with time zone,
  	"version_fiscal_year" numeric,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__monthly_reports_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__monthly_reports_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_monthly_reports_v_locales" (
  	"version_summary" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_monthly_reports_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer
  );
  
  CREATE TABLE "manuals_languages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_manuals_languages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "manuals" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"audience" "enum_manuals_audience" DEFAULT 'citizen',
  	"line_of_work" "enum_manuals_line_of_work",
  	"file_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_manuals_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "manuals_locales" (
  	"title" varchar,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_manuals_v_version_languages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__manuals_v_version_languages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_manuals_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_tenant_id" integer,
  	"version_audience" "enum__manuals_v_version_audience" DEFAULT 'citizen',
  	"version_line_of_work" "enum__manuals_v_version_line_of_work",
  	"version_file_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__manuals_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__manuals_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_manuals_v_locales" (
  	"version_title" varchar,
  	"version_description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "e_services" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"kind" "enum_e_services_kind" DEFAULT 'other',
  	"icon" "enum_e_services_icon" DEFAULT 'link',
  	"order" numeric,
  	"url" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_e_services_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "e_services_locales" (
  	"name" varchar,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_e_services_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_tenant_id" integer,
  	"version_kind" "enum__e_services_v_version_kind" DEFAULT 'other',
  	"version_icon" "enum__e_services_v_version_icon" DEFAULT 'link',
  	"version_order" numeric,
  	"version_url" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__e_services_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__e_services_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_e_services_v_locales" (
  	"version_name" varchar,
  	"version_description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "crime_statistics_rows" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"group" varchar,
  	"label" varchar,
  	"reported" numeric,
  	"arrested" numeric,
  	"suspects" numeric
  );
  
  CREATE TABLE "crime_statistics" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"title" varchar,
  	"month" timestamp(3) with time zone,
  	"fiscal_year" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_crime_statistics_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_crime_statistics_v_version_rows" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"group" varchar,
  	"label" varchar,
  	"reported" numeric,
  	"arrested" numeric,
  	"suspects" numeric,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_crime_statistics_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_tenant_id" integer,
  	"version_title" varchar,
  	"version_month" timestamp(3) with time zone,
  	"version_fiscal_year" numeric,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__crime_statistics_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__crime_statistics_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "checkpoint_statistics_arrests" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"count" numeric
  );
  
  CREATE TABLE "checkpoint_statistics_arrests_locales" (
  	"offence" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "checkpoint_statistics" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"title" varchar,
  	"month" timestamp(3) with time zone,
  	"fiscal_year" numeric,
  	"checkpoints" numeric,
  	"officers" numeric,
  	"vehicles_checked" numeric,
  	"persons_checked" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_checkpoint_statistics_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "checkpoint_statistics_locales" (
  	"notes" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_checkpoint_statistics_v_version_arrests" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"count" numeric,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_checkpoint_statistics_v_version_arrests_locales" (
  	"offence" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_checkpoint_statistics_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_tenant_id" integer,
  	"version_title" varchar,
  	"version_month" timestamp(3) with time zone,
  	"version_fiscal_year" numeric,
  	"version_checkpoints" numeric,
  	"version_officers" numeric,
  	"version_vehicles_checked" numeric,
  	"version_persons_checked" numeric,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__checkpoint_statistics_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__checkpoint_statistics_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_checkpoint_statistics_v_locales" (
  	"version_notes" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "budget_reports_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"allocated" numeric,
  	"plan_q1" numeric,
  	"plan_q2" numeric,
  	"plan_q3" numeric,
  	"plan_q4" numeric,
  	"spent_q1" numeric,
  	"spent_q2" numeric,
  	"plan_first_half" numeric,
  	"spent_first_half" numeric,
  	"percent_of_plan" numeric
  );
  
  CREATE TABLE "budget_reports_sources_locales" (
  	"source" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "budget_reports" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"fiscal_year" numeric,
  	"reported_to_head_on" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_budget_reports_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "budget_reports_locales" (
  	"problems" varchar,
  	"reported_to" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_budget_reports_v_version_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"allocated" numeric,
  	"plan_q1" numeric,
  	"plan_q2" numeric,
  	"plan_q3" numeric,
  	"plan_q4" numeric,
  	"spent_q1" numeric,
  	"spent_q2" numeric,
  	"plan_first_half" numeric,
  	"spent_first_half" numeric,
  	"percent_of_plan" numeric,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_budget_reports_v_version_sources_locales" (
  	"source" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_budget_reports_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_tenant_id" integer,
  	"version_fiscal_year" numeric,
  	"version_reported_to_head_on" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__budget_reports_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__budget_reports_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_budget_reports_v_locales" (
  	"version_problems" varchar,
  	"version_reported_to" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "investigation_fund_reports_spending" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"period" "enum_investigation_fund_reports_spending_period",
  	"cases" numeric,
  	"amount" numeric
  );
  
  CREATE TABLE "investigation_fund_reports" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"fiscal_year" numeric,
  	"allocated" numeric,
  	"total_spent" numeric,
  	"balance" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_investigation_fund_reports_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "investigation_fund_reports_locales" (
  	"notes" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_investigation_fund_reports_v_version_spending" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"period" "enum__investigation_fund_reports_v_version_spending_period",
  	"cases" numeric,
  	"amount" numeric,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_investigation_fund_reports_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_tenant_id" integer,
  	"version_fiscal_year" numeric,
  	"version_allocated" numeric,
  	"version_total_spent" numeric,
  	"version_balance" numeric,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__investigation_fund_reports_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__investigation_fund_reports_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_investigation_fund_reports_v_locales" (
  	"version_notes" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "procurement_announcements" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"none_declared" boolean DEFAULT false,
  	"date" timestamp(3) with time zone,
  	"fiscal_year" numeric,
  	"month" timestamp(3) with time zone,
  	"kind" "enum_procurement_announcements_kind",
  	"file_id" integer,
  	"egp_number" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_procurement_announcements_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "procurement_announcements_locales" (
  	"title" varchar,
  	"signer" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_procurement_announcements_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_tenant_id" integer,
  	"version_none_declared" boolean DEFAULT false,
  	"version_date" timestamp(3) with time zone,
  	"version_fiscal_year" numeric,
  	"version_month" timestamp(3) with time zone,
  	"version_kind" "enum__procurement_announcements_v_version_kind",
  	"version_file_id" integer,
  	"version_egp_number" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__procurement_announcements_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__procurement_announcements_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_procurement_announcements_v_locales" (
  	"version_title" varchar,
  	"version_signer" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "procurement_summaries_rows_bidders" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"price" numeric
  );
  
  CREATE TABLE "procurement_summaries_rows" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"budget" numeric,
  	"reference_price" numeric,
  	"method" "enum_procurement_summaries_rows_method",
  	"winner_name" varchar,
  	"winner_price" numeric,
  	"over_budget" boolean,
  	"contract_number" varchar,
  	"contract_date" timestamp(3) with time zone
  );
  
  CREATE TABLE "procurement_summaries_rows_locales" (
  	"item" varchar,
  	"reason" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "procurement_summaries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"title" varchar,
  	"month" timestamp(3) with time zone,
  	"fiscal_year" numeric,
  	"none_declared" boolean DEFAULT false,
  	"has_over_budget" boolean,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_procurement_summaries_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_procurement_summaries_v_version_rows_bidders" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"price" numeric,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_procurement_summaries_v_version_rows" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"budget" numeric,
  	"reference_price" numeric,
  	"method" "enum__procurement_summaries_v_version_rows_method",
  	"winner_name" varchar,
  	"winner_price" numeric,
  	"over_budget" boolean,
  	"contract_number" varchar,
  	"contract_date" timestamp(3) with time zone,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_procurement_summaries_v_version_rows_locales" (
  	"item" varchar,
  	"reason" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_procurement_summaries_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_tenant_id" integer,
  	"version_title" varchar,
  	"version_month" timestamp(3) with time zone,
  	"version_fiscal_year" numeric,
  	"version_none_declared" boolean DEFAULT false,
  	"version_has_over_budget" boolean,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__procurement_summaries_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__procurement_summaries_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "complaint_statistics" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"title" varchar,
  	"month" timestamp(3) with time zone,
  	"fiscal_year" numeric,
  	"none_declared" boolean DEFAULT false,
  	"received" numeric,
  	"completed" numeric,
  	"in_progress" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_complaint_statistics_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "complaint_statistics_locales" (
  	"notes" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_complaint_statistics_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_tenant_id" integer,
  	"version_title" varchar,
  	"version_month" timestamp(3) with time zone,
  	"version_fiscal_year" numeric,
  	"version_none_declared" boolean DEFAULT false,
  	"version_received" numeric,
  	"version_completed" numeric,
  	"version_in_progress" numeric,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__complaint_statistics_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__complaint_statistics_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_complaint_statistics_v_locales" (
  	"version_notes" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "policies" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"type" "enum_policies_type",
  	"fiscal_year" numeric,
  	"announced_on" timestamp(3) with time zone,
  	"infographic_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_policies_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "policies_locales" (
  	"title" varchar,
  	"body" jsonb,
  	"sections_objective" varchar,
  	"sections_scope" varchar,
  	"sections_definitions" varchar,
  	"sections_violation_measures" varchar,
  	"sections_monitoring" varchar,
  	"sections_complaint_channel" varchar,
  	"sections_whistleblower_protection" varchar,
  	"signer_name" varchar,
  	"signer_position" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "policies_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"documents_id" integer
  );
  
  CREATE TABLE "_policies_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_tenant_id" integer,
  	"version_type" "enum__policies_v_version_type",
  	"version_fiscal_year" numeric,
  	"version_announced_on" timestamp(3) with time zone,
  	"version_infographic_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__policies_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__policies_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_policies_v_locales" (
  	"version_title" varchar,
  	"version_body" jsonb,
  	"version_sections_objective" varchar,
  	"version_sections_scope" varchar,
  	"version_sections_definitions" varchar,
  	"version_sections_violation_measures" varchar,
  	"version_sections_monitoring" varchar,
  	"version_sections_complaint_channel" varchar,
  	"version_sections_whistleblower_protection" varchar,
  	"version_signer_name" varchar,
  	"version_signer_position" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_policies_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"documents_id" integer
  );
  
  CREATE TABLE "risk_assessments_rows" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"line_of_work" "enum_risk_assessments_rows_line_of_work",
  	"likelihood" numeric,
  	"impact" numeric,
  	"score" numeric,
  	"level" varchar
  );
  
  CREATE TABLE "risk_assessments_rows_locales" (
  	"process" varchar,
  	"risk_issue" varchar,
  	"existing_controls" varchar,
  	"mitigation" varchar,
  	"indicator" varchar,
  	"owner" varchar,
  	"timeline" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "risk_assessments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"fiscal_year" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_risk_assessments_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "risk_assessments_locales" (
  	"criteria" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_risk_assessments_v_version_rows" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"line_of_work" "enum__risk_assessments_v_version_rows_line_of_work",
  	"likelihood" numeric,
  	"impact" numeric,
  	"score" numeric,
  	"level" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_risk_assessments_v_version_rows_locales" (
  	"process" varchar,
  	"risk_issue" varchar,
  	"existing_controls" varchar,
  	"mitigation" varchar,
  	"indicator" varchar,
  	"owner" varchar,
  	"timeline" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_risk_assessments_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_tenant_id" integer,
  	"version_fiscal_year" numeric,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__risk_assessments_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__risk_assessments_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_risk_assessments_v_locales" (
  	"version_criteria" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "risk_reports_results" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"line_of_work" "enum_risk_reports_results_line_of_work"
  );
  
  CREATE TABLE "risk_reports_results_locales" (
  	"measure" varchar,
  	"result" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "risk_reports" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"fiscal_year" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_risk_reports_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "risk_reports_locales" (
  	"summary" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "risk_reports_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer
  );
  
  CREATE TABLE "_risk_reports_v_version_results" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"line_of_work" "enum__risk_reports_v_version_results_line_of_work",
  	"_uuid" varchar
  );
  
  CREATE TABLE "_risk_reports_v_version_results_locales" (
  	"measure" varchar,
  	"result" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_risk_reports_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_tenant_id" integer,
  	"version_fiscal_year" numeric,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__risk_reports_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__risk_reports_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_risk_reports_v_locales" (
  	"version_summary" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_risk_reports_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer
  );
  
  CREATE TABLE "measure_reports_evidence" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"slot" "enum_measure_reports_evidence_slot",
  	"date" timestamp(3) with time zone
  );
  
  CREATE TABLE "measure_reports_evidence_locales" (
  	"caption" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "measure_reports" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"fiscal_year" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_measure_reports_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "measure_reports_locales" (
  	"results" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "measure_reports_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer
  );
  
  CREATE TABLE "_measure_reports_v_version_evidence" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"slot" "enum__measure_reports_v_version_evidence_slot",
  	"date" timestamp(3) with time zone,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_measure_reports_v_version_evidence_locales" (
  	"caption" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_measure_reports_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_tenant_id" integer,
  	"version_fiscal_year" numeric,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__measure_reports_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__measure_reports_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_measure_reports_v_locales" (
  	"version_results" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_measure_reports_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer
  );
  
  CREATE TABLE "disclosures_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"documents_id" integer
  );
  
  CREATE TABLE "_disclosures_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"documents_id" integer
  );
  
  CREATE TABLE "feedback" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"kind" "enum_feedback_kind" DEFAULT 'question',
  	"message" varchar NOT NULL,
  	"name" varchar,
  	"contact" varchar,
  	"reply" varchar,
  	"status" "enum_feedback_status" DEFAULT 'new',
  	"fiscal_year" numeric,
  	"staff_notes" varchar,
  	"submitter_key" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "corruption_complaints" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"subject" varchar NOT NULL,
  	"details" varchar NOT NULL,
  	"incident_date" timestamp(3) with time zone,
  	"place" varchar,
  	"reporter_name" varchar,
  	"reporter_phone" varchar,
  	"reporter_email" varchar,
  	"status" "enum_corruption_complaints_status" DEFAULT 'received',
  	"fiscal_year" numeric,
  	"staff_notes" varchar,
  	"submitter_key" varchar,
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
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"taken_on" timestamp(3) with time zone,
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
  	"focal_y" numeric,
  	"sizes_thumbnail_url" varchar,
  	"sizes_thumbnail_width" numeric,
  	"sizes_thumbnail_height" numeric,
  	"sizes_thumbnail_mime_type" varchar,
  	"sizes_thumbnail_filesize" numeric,
  	"sizes_thumbnail_filename" varchar,
  	"sizes_card_url" varchar,
  	"sizes_card_width" numeric,
  	"sizes_card_height" numeric,
  	"sizes_card_mime_type" varchar,
  	"sizes_card_filesize" numeric,
  	"sizes_card_filename" varchar,
  	"sizes_hero_url" varchar,
  	"sizes_hero_width" numeric,
  	"sizes_hero_height" numeric,
  	"sizes_hero_mime_type" varchar,
  	"sizes_hero_filesize" numeric,
  	"sizes_hero_filename" varchar
  );
  
  CREATE TABLE "media_locales" (
  	"alt" varchar NOT NULL,
  	"caption" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
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
  
  CREATE TABLE "documents_locales" (
  	"title" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "executives_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "org_structures_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "authorities_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "law_categories_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "laws_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "committee_members_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "committee_reports_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "news_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "monthly_reports_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "manuals_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "e_services_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "crime_statistics_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "checkpoint_statistics_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "budget_reports_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "investigation_fund_reports_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "procurement_announcements_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "procurement_summaries_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "complaint_statistics_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "policies_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "risk_assessments_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "risk_reports_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "measure_reports_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "feedback_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "corruption_complaints_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "media_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "documents_id" integer;
  ALTER TABLE "executives" ADD CONSTRAINT "executives_tenant_id_units_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "executives" ADD CONSTRAINT "executives_photo_id_media_id_fk" FOREIGN KEY ("photo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "executives_locales" ADD CONSTRAINT "executives_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."executives"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_executives_v" ADD CONSTRAINT "_executives_v_parent_id_executives_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."executives"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_executives_v" ADD CONSTRAINT "_executives_v_version_tenant_id_units_id_fk" FOREIGN KEY ("version_tenant_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_executives_v" ADD CONSTRAINT "_executives_v_version_photo_id_media_id_fk" FOREIGN KEY ("version_photo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_executives_v_locales" ADD CONSTRAINT "_executives_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_executives_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "org_structures_manpower" ADD CONSTRAINT "org_structures_manpower_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."org_structures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "org_structures_manpower_locales" ADD CONSTRAINT "org_structures_manpower_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."org_structures_manpower"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "org_structures" ADD CONSTRAINT "org_structures_tenant_id_units_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "org_structures_rels" ADD CONSTRAINT "org_structures_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."org_structures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "org_structures_rels" ADD CONSTRAINT "org_structures_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "org_structures_rels" ADD CONSTRAINT "org_structures_rels_documents_fk" FOREIGN KEY ("documents_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_org_structures_v_version_manpower" ADD CONSTRAINT "_org_structures_v_version_manpower_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_org_structures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_org_structures_v_version_manpower_locales" ADD CONSTRAINT "_org_structures_v_version_manpower_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_org_structures_v_version_manpower"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_org_structures_v" ADD CONSTRAINT "_org_structures_v_parent_id_org_structures_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."org_structures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_org_structures_v" ADD CONSTRAINT "_org_structures_v_version_tenant_id_units_id_fk" FOREIGN KEY ("version_tenant_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_org_structures_v_rels" ADD CONSTRAINT "_org_structures_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_org_structures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_org_structures_v_rels" ADD CONSTRAINT "_org_structures_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_org_structures_v_rels" ADD CONSTRAINT "_org_structures_v_rels_documents_fk" FOREIGN KEY ("documents_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "authorities_lines" ADD CONSTRAINT "authorities_lines_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."authorities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "authorities_lines_locales" ADD CONSTRAINT "authorities_lines_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."authorities_lines"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "authorities_area" ADD CONSTRAINT "authorities_area_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."authorities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "authorities_area_locales" ADD CONSTRAINT "authorities_area_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."authorities_area"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "authorities" ADD CONSTRAINT "authorities_tenant_id_units_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "authorities_locales" ADD CONSTRAINT "authorities_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."authorities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_authorities_v_version_lines" ADD CONSTRAINT "_authorities_v_version_lines_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_authorities_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_authorities_v_version_lines_locales" ADD CONSTRAINT "_authorities_v_version_lines_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_authorities_v_version_lines"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_authorities_v_version_area" ADD CONSTRAINT "_authorities_v_version_area_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_authorities_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_authorities_v_version_area_locales" ADD CONSTRAINT "_authorities_v_version_area_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_authorities_v_version_area"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_authorities_v" ADD CONSTRAINT "_authorities_v_parent_id_authorities_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."authorities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_authorities_v" ADD CONSTRAINT "_authorities_v_version_tenant_id_units_id_fk" FOREIGN KEY ("version_tenant_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_authorities_v_locales" ADD CONSTRAINT "_authorities_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_authorities_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "law_categories_locales" ADD CONSTRAINT "law_categories_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."law_categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "laws" ADD CONSTRAINT "laws_tenant_id_units_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "laws" ADD CONSTRAINT "laws_category_id_law_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."law_categories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "laws" ADD CONSTRAINT "laws_file_id_documents_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "laws_locales" ADD CONSTRAINT "laws_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."laws"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_laws_v" ADD CONSTRAINT "_laws_v_parent_id_laws_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."laws"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_laws_v" ADD CONSTRAINT "_laws_v_version_tenant_id_units_id_fk" FOREIGN KEY ("version_tenant_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_laws_v" ADD CONSTRAINT "_laws_v_version_category_id_law_categories_id_fk" FOREIGN KEY ("version_category_id") REFERENCES "public"."law_categories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_laws_v" ADD CONSTRAINT "_laws_v_version_file_id_documents_id_fk" FOREIGN KEY ("version_file_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_laws_v_locales" ADD CONSTRAINT "_laws_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_laws_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "committee_members" ADD CONSTRAINT "committee_members_tenant_id_units_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "committee_members" ADD CONSTRAINT "committee_members_photo_id_media_id_fk" FOREIGN KEY ("photo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "committee_members_locales" ADD CONSTRAINT "committee_members_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."committee_members"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_committee_members_v" ADD CONSTRAINT "_committee_members_v_parent_id_committee_members_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."committee_members"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_committee_members_v" ADD CONSTRAINT "_committee_members_v_version_tenant_id_units_id_fk" FOREIGN KEY ("version_tenant_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_committee_members_v" ADD CONSTRAINT "_committee_members_v_version_photo_id_media_id_fk" FOREIGN KEY ("version_photo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_committee_members_v_locales" ADD CONSTRAINT "_committee_members_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_committee_members_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "committee_reports_meetings" ADD CONSTRAINT "committee_reports_meetings_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."committee_reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "committee_reports_meetings_locales" ADD CONSTRAINT "committee_reports_meetings_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."committee_reports_meetings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "committee_reports" ADD CONSTRAINT "committee_reports_tenant_id_units_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "committee_reports_locales" ADD CONSTRAINT "committee_reports_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."committee_reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "committee_reports_rels" ADD CONSTRAINT "committee_reports_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."committee_reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "committee_reports_rels" ADD CONSTRAINT "committee_reports_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_committee_reports_v_version_meetings" ADD CONSTRAINT "_committee_reports_v_version_meetings_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_committee_reports_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_committee_reports_v_version_meetings_locales" ADD CONSTRAINT "_committee_reports_v_version_meetings_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_committee_reports_v_version_meetings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_committee_reports_v" ADD CONSTRAINT "_committee_reports_v_parent_id_committee_reports_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."committee_reports"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_committee_reports_v" ADD CONSTRAINT "_committee_reports_v_version_tenant_id_units_id_fk" FOREIGN KEY ("version_tenant_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_committee_reports_v_locales" ADD CONSTRAINT "_committee_reports_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_committee_reports_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_committee_reports_v_rels" ADD CONSTRAINT "_committee_reports_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_committee_reports_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_committee_reports_v_rels" ADD CONSTRAINT "_committee_reports_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "news_tags" ADD CONSTRAINT "news_tags_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."news"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "news_social_links" ADD CONSTRAINT "news_social_links_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."news"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "news" ADD CONSTRAINT "news_tenant_id_units_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "news" ADD CONSTRAINT "news_cover_id_media_id_fk" FOREIGN KEY ("cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "news_locales" ADD CONSTRAINT "news_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."news"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "news_rels" ADD CONSTRAINT "news_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."news"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "news_rels" ADD CONSTRAINT "news_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_news_v_version_tags" ADD CONSTRAINT "_news_v_version_tags_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_news_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_news_v_version_social_links" ADD CONSTRAINT "_news_v_version_social_links_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_news_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_news_v" ADD CONSTRAINT "_news_v_parent_id_news_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."news"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_news_v" ADD CONSTRAINT "_news_v_version_tenant_id_units_id_fk" FOREIGN KEY ("version_tenant_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_news_v" ADD CONSTRAINT "_news_v_version_cover_id_media_id_fk" FOREIGN KEY ("version_cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_news_v_locales" ADD CONSTRAINT "_news_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_news_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_news_v_rels" ADD CONSTRAINT "_news_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_news_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_news_v_rels" ADD CONSTRAINT "_news_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "monthly_reports_activities" ADD CONSTRAINT "monthly_reports_activities_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."monthly_reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "monthly_reports_activities_locales" ADD CONSTRAINT "monthly_reports_activities_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."monthly_reports_activities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "monthly_reports" ADD CONSTRAINT "monthly_reports_tenant_id_units_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "monthly_reports_locales" ADD CONSTRAINT "monthly_reports_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."monthly_reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "monthly_reports_rels" ADD CONSTRAINT "monthly_reports_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."monthly_reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "monthly_reports_rels" ADD CONSTRAINT "monthly_reports_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_monthly_reports_v_version_activities" ADD CONSTRAINT "_monthly_reports_v_version_activities_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_monthly_reports_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_monthly_reports_v_version_activities_locales" ADD CONSTRAINT "_monthly_reports_v_version_activities_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_monthly_reports_v_version_activities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_monthly_reports_v" ADD CONSTRAINT "_monthly_reports_v_parent_id_monthly_reports_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."monthly_reports"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_monthly_reports_v" ADD CONSTRAINT "_monthly_reports_v_version_tenant_id_units_id_fk" FOREIGN KEY ("version_tenant_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_monthly_reports_v_locales" ADD CONSTRAINT "_monthly_reports_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_monthly_reports_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_monthly_reports_v_rels" ADD CONSTRAINT "_monthly_reports_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_monthly_reports_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_monthly_reports_v_rels" ADD CONSTRAINT "_monthly_reports_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "manuals_languages" ADD CONSTRAINT "manuals_languages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."manuals"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "manuals" ADD CONSTRAINT "manuals_tenant_id_units_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "manuals" ADD CONSTRAINT "manuals_file_id_documents_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "manuals_locales" ADD CONSTRAINT "manuals_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."manuals"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_manuals_v_version_languages" ADD CONSTRAINT "_manuals_v_version_languages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_manuals_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_manuals_v" ADD CONSTRAINT "_manuals_v_parent_id_manuals_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."manuals"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_manuals_v" ADD CONSTRAINT "_manuals_v_version_tenant_id_units_id_fk" FOREIGN KEY ("version_tenant_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_manuals_v" ADD CONSTRAINT "_manuals_v_version_file_id_documents_id_fk" FOREIGN KEY ("version_file_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_manuals_v_locales" ADD CONSTRAINT "_manuals_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_manuals_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "e_services" ADD CONSTRAINT "e_services_tenant_id_units_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "e_services_locales" ADD CONSTRAINT "e_services_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."e_services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_e_services_v" ADD CONSTRAINT "_e_services_v_parent_id_e_services_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."e_services"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_e_services_v" ADD CONSTRAINT "_e_services_v_version_tenant_id_units_id_fk" FOREIGN KEY ("version_tenant_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_e_services_v_locales" ADD CONSTRAINT "_e_services_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_e_services_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "crime_statistics_rows" ADD CONSTRAINT "crime_statistics_rows_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."crime_statistics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "crime_statistics" ADD CONSTRAINT "crime_statistics_tenant_id_units_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_crime_statistics_v_version_rows" ADD CONSTRAINT "_crime_statistics_v_version_rows_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_crime_statistics_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_crime_statistics_v" ADD CONSTRAINT "_crime_statistics_v_parent_id_crime_statistics_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."crime_statistics"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_crime_statistics_v" ADD CONSTRAINT "_crime_statistics_v_version_tenant_id_units_id_fk" FOREIGN KEY ("version_tenant_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "checkpoint_statistics_arrests" ADD CONSTRAINT "checkpoint_statistics_arrests_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."checkpoint_statistics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "checkpoint_statistics_arrests_locales" ADD CONSTRAINT "checkpoint_statistics_arrests_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."checkpoint_statistics_arrests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "checkpoint_statistics" ADD CONSTRAINT "checkpoint_statistics_tenant_id_units_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "checkpoint_statistics_locales" ADD CONSTRAINT "checkpoint_statistics_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."checkpoint_statistics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_checkpoint_statistics_v_version_arrests" ADD CONSTRAINT "_checkpoint_statistics_v_version_arrests_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_checkpoint_statistics_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_checkpoint_statistics_v_version_arrests_locales" ADD CONSTRAINT "_checkpoint_statistics_v_version_arrests_locales_parent_i_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_checkpoint_statistics_v_version_arrests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_checkpoint_statistics_v" ADD CONSTRAINT "_checkpoint_statistics_v_parent_id_checkpoint_statistics_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."checkpoint_statistics"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_checkpoint_statistics_v" ADD CONSTRAINT "_checkpoint_statistics_v_version_tenant_id_units_id_fk" FOREIGN KEY ("version_tenant_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_checkpoint_statistics_v_locales" ADD CONSTRAINT "_checkpoint_statistics_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_checkpoint_statistics_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "budget_reports_sources" ADD CONSTRAINT "budget_reports_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."budget_reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "budget_reports_sources_locales" ADD CONSTRAINT "budget_reports_sources_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."budget_reports_sources"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "budget_reports" ADD CONSTRAINT "budget_reports_tenant_id_units_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "budget_reports_locales" ADD CONSTRAINT "budget_reports_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."budget_reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_budget_reports_v_version_sources" ADD CONSTRAINT "_budget_reports_v_version_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_budget_reports_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_budget_reports_v_version_sources_locales" ADD CONSTRAINT "_budget_reports_v_version_sources_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_budget_reports_v_version_sources"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_budget_reports_v" ADD CONSTRAINT "_budget_reports_v_parent_id_budget_reports_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."budget_reports"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_budget_reports_v" ADD CONSTRAINT "_budget_reports_v_version_tenant_id_units_id_fk" FOREIGN KEY ("version_tenant_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_budget_reports_v_locales" ADD CONSTRAINT "_budget_reports_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_budget_reports_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "investigation_fund_reports_spending" ADD CONSTRAINT "investigation_fund_reports_spending_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."investigation_fund_reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "investigation_fund_reports" ADD CONSTRAINT "investigation_fund_reports_tenant_id_units_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "investigation_fund_reports_locales" ADD CONSTRAINT "investigation_fund_reports_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."investigation_fund_reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_investigation_fund_reports_v_version_spending" ADD CONSTRAINT "_investigation_fund_reports_v_version_spending_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_investigation_fund_reports_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_investigation_fund_reports_v" ADD CONSTRAINT "_investigation_fund_reports_v_parent_id_investigation_fund_reports_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."investigation_fund_reports"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_investigation_fund_reports_v" ADD CONSTRAINT "_investigation_fund_reports_v_version_tenant_id_units_id_fk" FOREIGN KEY ("version_tenant_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_investigation_fund_reports_v_locales" ADD CONSTRAINT "_investigation_fund_reports_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_investigation_fund_reports_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procurement_announcements" ADD CONSTRAINT "procurement_announcements_tenant_id_units_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "procurement_announcements" ADD CONSTRAINT "procurement_announcements_file_id_documents_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "procurement_announcements_locales" ADD CONSTRAINT "procurement_announcements_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."procurement_announcements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procurement_announcements_v" ADD CONSTRAINT "_procurement_announcements_v_parent_id_procurement_announcements_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."procurement_announcements"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_procurement_announcements_v" ADD CONSTRAINT "_procurement_announcements_v_version_tenant_id_units_id_fk" FOREIGN KEY ("version_tenant_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_procurement_announcements_v" ADD CONSTRAINT "_procurement_announcements_v_version_file_id_documents_id_fk" FOREIGN KEY ("version_file_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_procurement_announcements_v_locales" ADD CONSTRAINT "_procurement_announcements_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_procurement_announcements_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procurement_summaries_rows_bidders" ADD CONSTRAINT "procurement_summaries_rows_bidders_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."procurement_summaries_rows"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procurement_summaries_rows" ADD CONSTRAINT "procurement_summaries_rows_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."procurement_summaries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procurement_summaries_rows_locales" ADD CONSTRAINT "procurement_summaries_rows_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."procurement_summaries_rows"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procurement_summaries" ADD CONSTRAINT "procurement_summaries_tenant_id_units_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_procurement_summaries_v_version_rows_bidders" ADD CONSTRAINT "_procurement_summaries_v_version_rows_bidders_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_procurement_summaries_v_version_rows"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procurement_summaries_v_version_rows" ADD CONSTRAINT "_procurement_summaries_v_version_rows_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_procurement_summaries_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procurement_summaries_v_version_rows_locales" ADD CONSTRAINT "_procurement_summaries_v_version_rows_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_procurement_summaries_v_version_rows"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procurement_summaries_v" ADD CONSTRAINT "_procurement_summaries_v_parent_id_procurement_summaries_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."procurement_summaries"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_procurement_summaries_v" ADD CONSTRAINT "_procurement_summaries_v_version_tenant_id_units_id_fk" FOREIGN KEY ("version_tenant_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "complaint_statistics" ADD CONSTRAINT "complaint_statistics_tenant_id_units_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "complaint_statistics_locales" ADD CONSTRAINT "complaint_statistics_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."complaint_statistics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_complaint_statistics_v" ADD CONSTRAINT "_complaint_statistics_v_parent_id_complaint_statistics_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."complaint_statistics"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_complaint_statistics_v" ADD CONSTRAINT "_complaint_statistics_v_version_tenant_id_units_id_fk" FOREIGN KEY ("version_tenant_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_complaint_statistics_v_locales" ADD CONSTRAINT "_complaint_statistics_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_complaint_statistics_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "policies" ADD CONSTRAINT "policies_tenant_id_units_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "policies" ADD CONSTRAINT "policies_infographic_id_media_id_fk" FOREIGN KEY ("infographic_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "policies_locales" ADD CONSTRAINT "policies_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."policies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "policies_rels" ADD CONSTRAINT "policies_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."policies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "policies_rels" ADD CONSTRAINT "policies_rels_documents_fk" FOREIGN KEY ("documents_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_policies_v" ADD CONSTRAINT "_policies_v_parent_id_policies_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."policies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_policies_v" ADD CONSTRAINT "_policies_v_version_tenant_id_units_id_fk" FOREIGN KEY ("version_tenant_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_policies_v" ADD CONSTRAINT "_policies_v_version_infographic_id_media_id_fk" FOREIGN KEY ("version_infographic_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_policies_v_locales" ADD CONSTRAINT "_policies_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_policies_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_policies_v_rels" ADD CONSTRAINT "_policies_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_policies_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_policies_v_rels" ADD CONSTRAINT "_policies_v_rels_documents_fk" FOREIGN KEY ("documents_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "risk_assessments_rows" ADD CONSTRAINT "risk_assessments_rows_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."risk_assessments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "risk_assessments_rows_locales" ADD CONSTRAINT "risk_assessments_rows_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."risk_assessments_rows"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "risk_assessments" ADD CONSTRAINT "risk_assessments_tenant_id_units_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "risk_assessments_locales" ADD CONSTRAINT "risk_assessments_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."risk_assessments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_risk_assessments_v_version_rows" ADD CONSTRAINT "_risk_assessments_v_version_rows_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_risk_assessments_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_risk_assessments_v_version_rows_locales" ADD CONSTRAINT "_risk_assessments_v_version_rows_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_risk_assessments_v_version_rows"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_risk_assessments_v" ADD CONSTRAINT "_risk_assessments_v_parent_id_risk_assessments_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."risk_assessments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_risk_assessments_v" ADD CONSTRAINT "_risk_assessments_v_version_tenant_id_units_id_fk" FOREIGN KEY ("version_tenant_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_risk_assessments_v_locales" ADD CONSTRAINT "_risk_assessments_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_risk_assessments_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "risk_reports_results" ADD CONSTRAINT "risk_reports_results_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."risk_reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "risk_reports_results_locales" ADD CONSTRAINT "risk_reports_results_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."risk_reports_results"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "risk_reports" ADD CONSTRAINT "risk_reports_tenant_id_units_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "risk_reports_locales" ADD CONSTRAINT "risk_reports_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."risk_reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "risk_reports_rels" ADD CONSTRAINT "risk_reports_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."risk_reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "risk_reports_rels" ADD CONSTRAINT "risk_reports_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_risk_reports_v_version_results" ADD CONSTRAINT "_risk_reports_v_version_results_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_risk_reports_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_risk_reports_v_version_results_locales" ADD CONSTRAINT "_risk_reports_v_version_results_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_risk_reports_v_version_results"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_risk_reports_v" ADD CONSTRAINT "_risk_reports_v_parent_id_risk_reports_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."risk_reports"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_risk_reports_v" ADD CONSTRAINT "_risk_reports_v_version_tenant_id_units_id_fk" FOREIGN KEY ("version_tenant_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_risk_reports_v_locales" ADD CONSTRAINT "_risk_reports_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_risk_reports_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_risk_reports_v_rels" ADD CONSTRAINT "_risk_reports_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_risk_reports_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_risk_reports_v_rels" ADD CONSTRAINT "_risk_reports_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "measure_reports_evidence" ADD CONSTRAINT "measure_reports_evidence_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."measure_reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "measure_reports_evidence_locales" ADD CONSTRAINT "measure_reports_evidence_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."measure_reports_evidence"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "measure_reports" ADD CONSTRAINT "measure_reports_tenant_id_units_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "measure_reports_locales" ADD CONSTRAINT "measure_reports_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."measure_reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "measure_reports_rels" ADD CONSTRAINT "measure_reports_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."measure_reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "measure_reports_rels" ADD CONSTRAINT "measure_reports_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_measure_reports_v_version_evidence" ADD CONSTRAINT "_measure_reports_v_version_evidence_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_measure_reports_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_measure_reports_v_version_evidence_locales" ADD CONSTRAINT "_measure_reports_v_version_evidence_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_measure_reports_v_version_evidence"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_measure_reports_v" ADD CONSTRAINT "_measure_reports_v_parent_id_measure_reports_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."measure_reports"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_measure_reports_v" ADD CONSTRAINT "_measure_reports_v_version_tenant_id_units_id_fk" FOREIGN KEY ("version_tenant_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_measure_reports_v_locales" ADD CONSTRAINT "_measure_reports_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_measure_reports_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_measure_reports_v_rels" ADD CONSTRAINT "_measure_reports_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_measure_reports_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_measure_reports_v_rels" ADD CONSTRAINT "_measure_reports_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "disclosures_rels" ADD CONSTRAINT "disclosures_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."disclosures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "disclosures_rels" ADD CONSTRAINT "disclosures_rels_documents_fk" FOREIGN KEY ("documents_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_disclosures_v_rels" ADD CONSTRAINT "_disclosures_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_disclosures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_disclosures_v_rels" ADD CONSTRAINT "_disclosures_v_rels_documents_fk" FOREIGN KEY ("documents_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "feedback" ADD CONSTRAINT "feedback_tenant_id_units_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "corruption_complaints" ADD CONSTRAINT "corruption_complaints_tenant_id_units_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "media" ADD CONSTRAINT "media_tenant_id_units_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "media_locales" ADD CONSTRAINT "media_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "documents" ADD CONSTRAINT "documents_tenant_id_units_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "documents_locales" ADD CONSTRAINT "documents_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "executives_tenant_idx" ON "executives" USING btree ("tenant_id");
  CREATE INDEX "executives_photo_idx" ON "executives" USING btree ("photo_id");
  CREATE INDEX "executives_term_start_idx" ON "executives" USING btree ("term_start");
  CREATE INDEX "executives_term_end_idx" ON "executives" USING btree ("term_end");
  CREATE INDEX "executives_updated_at_idx" ON "executives" USING btree ("updated_at");
  CREATE INDEX "executives_created_at_idx" ON "executives" USING btree ("created_at");
  CREATE INDEX "executives__status_idx" ON "executives" USING btree ("_status");
  CREATE UNIQUE INDEX "executives_locales_locale_parent_id_unique" ON "executives_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_executives_v_parent_idx" ON "_executives_v" USING btree ("parent_id");
  CREATE INDEX "_executives_v_version_version_tenant_idx" ON "_executives_v" USING btree ("version_tenant_id");
  CREATE INDEX "_executives_v_version_version_photo_idx" ON "_executives_v" USING btree ("version_photo_id");
  CREATE INDEX "_executives_v_version_version_term_start_idx" ON "_executives_v" USING btree ("version_term_start");
  CREATE INDEX "_executives_v_version_version_term_end_idx" ON "_executives_v" USING btree ("version_term_end");
  CREATE INDEX "_executives_v_version_version_updated_at_idx" ON "_executives_v" USING btree ("version_updated_at");
  CREATE INDEX "_executives_v_version_version_created_at_idx" ON "_executives_v" USING btree ("version_created_at");
  CREATE INDEX "_executives_v_version_version__status_idx" ON "_executives_v" USING btree ("version__status");
  CREATE INDEX "_executives_v_created_at_idx" ON "_executives_v" USING btree ("created_at");
  CREATE INDEX "_executives_v_updated_at_idx" ON "_executives_v" USING btree ("updated_at");
  CREATE INDEX "_executives_v_snapshot_idx" ON "_executives_v" USING btree ("snapshot");
  CREATE INDEX "_executives_v_published_locale_idx" ON "_executives_v" USING btree ("published_locale");
  CREATE INDEX "_executives_v_latest_idx" ON "_executives_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_executives_v_locales_locale_parent_id_unique" ON "_executives_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "org_structures_manpower_order_idx" ON "org_structures_manpower" USING btree ("_order");
  CREATE INDEX "org_structures_manpower_parent_id_idx" ON "org_structures_manpower" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "org_structures_manpower_locales_locale_parent_id_unique" ON "org_structures_manpower_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "org_structures_tenant_idx" ON "org_structures" USING btree ("tenant_id");
  CREATE INDEX "org_structures_as_of_idx" ON "org_structures" USING btree ("as_of");
  CREATE INDEX "org_structures_fiscal_year_idx" ON "org_structures" USING btree ("fiscal_year");
  CREATE INDEX "org_structures_updated_at_idx" ON "org_structures" USING btree ("updated_at");
  CREATE INDEX "org_structures_created_at_idx" ON "org_structures" USING btree ("created_at");
  CREATE INDEX "org_structures__status_idx" ON "org_structures" USING btree ("_status");
  CREATE INDEX "org_structures_rels_order_idx" ON "org_structures_rels" USING btree ("order");
  CREATE INDEX "org_structures_rels_parent_idx" ON "org_structures_rels" USING btree ("parent_id");
  CREATE INDEX "org_structures_rels_path_idx" ON "org_structures_rels" USING btree ("path");
  CREATE INDEX "org_structures_rels_media_id_idx" ON "org_structures_rels" USING btree ("media_id");
  CREATE INDEX "org_structures_rels_documents_id_idx" ON "org_structures_rels" USING btree ("documents_id");
  CREATE INDEX "_org_structures_v_version_manpower_order_idx" ON "_org_structures_v_version_manpower" USING btree ("_order");
  CREATE INDEX "_org_structures_v_version_manpower_parent_id_idx" ON "_org_structures_v_version_manpower" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_org_structures_v_version_manpower_locales_locale_parent_id_" ON "_org_structures_v_version_manpower_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_org_structures_v_parent_idx" ON "_org_structures_v" USING btree ("parent_id");
  CREATE INDEX "_org_structures_v_version_version_tenant_idx" ON "_org_structures_v" USING btree ("version_tenant_id");
  CREATE INDEX "_org_structures_v_version_version_as_of_idx" ON "_org_structures_v" USING btree ("version_as_of");
  CREATE INDEX "_org_structures_v_version_version_fiscal_year_idx" ON "_org_structures_v" USING btree ("version_fiscal_year");
  CREATE INDEX "_org_structures_v_version_version_updated_at_idx" ON "_org_structures_v" USING btree ("version_updated_at");
  CREATE INDEX "_org_structures_v_version_version_created_at_idx" ON "_org_structures_v" USING btree ("version_created_at");
  CREATE INDEX "_org_structures_v_version_version__status_idx" ON "_org_structures_v" USING btree ("version__status");
  CREATE INDEX "_org_structures_v_created_at_idx" ON "_org_structures_v" USING btree ("created_at");
  CREATE INDEX "_org_structures_v_updated_at_idx" ON "_org_structures_v" USING btree ("updated_at");
  CREATE INDEX "_org_structures_v_snapshot_idx" ON "_org_structures_v" USING btree ("snapshot");
  CREATE INDEX "_org_structures_v_published_locale_idx" ON "_org_structures_v" USING btree ("published_locale");
  CREATE INDEX "_org_structures_v_latest_idx" ON "_org_structures_v" USING btree ("latest");
  CREATE INDEX "_org_structures_v_rels_order_idx" ON "_org_structures_v_rels" USING btree ("order");
  CREATE INDEX "_org_structures_v_rels_parent_idx" ON "_org_structures_v_rels" USING btree ("parent_id");
  CREATE INDEX "_org_structures_v_rels_path_idx" ON "_org_structures_v_rels" USING btree ("path");
  CREATE INDEX "_org_structures_v_rels_media_id_idx" ON "_org_structures_v_rels" USING btree ("media_id");
  CREATE INDEX "_org_structures_v_rels_documents_id_idx" ON "_org_structures_v_rels" USING btree ("documents_id");
  CREATE INDEX "authorities_lines_order_idx" ON "authorities_lines" USING btree ("_order");
  CREATE INDEX "authorities_lines_parent_id_idx" ON "authorities_lines" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "authorities_lines_locales_locale_parent_id_unique" ON "authorities_lines_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "authorities_area_order_idx" ON "authorities_area" USING btree ("_order");
  CREATE INDEX "authorities_area_parent_id_idx" ON "authorities_area" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "authorities_area_locales_locale_parent_id_unique" ON "authorities_area_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "authorities_tenant_idx" ON "authorities" USING btree ("tenant_id");
  CREATE INDEX "authorities_prepared_month_idx" ON "authorities" USING btree ("prepared_month");
  CREATE INDEX "authorities_fiscal_year_idx" ON "authorities" USING btree ("fiscal_year");
  CREATE INDEX "authorities_updated_at_idx" ON "authorities" USING btree ("updated_at");
  CREATE INDEX "authorities_created_at_idx" ON "authorities" USING btree ("created_at");
  CREATE INDEX "authorities__status_idx" ON "authorities" USING btree ("_status");
  CREATE UNIQUE INDEX "authorities_locales_locale_parent_id_unique" ON "authorities_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_authorities_v_version_lines_order_idx" ON "_authorities_v_version_lines" USING btree ("_order");
  CREATE INDEX "_authorities_v_version_lines_parent_id_idx" ON "_authorities_v_version_lines" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_authorities_v_version_lines_locales_locale_parent_id_unique" ON "_authorities_v_version_lines_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_authorities_v_version_area_order_idx" ON "_authorities_v_version_area" USING btree ("_order");
  CREATE INDEX "_authorities_v_version_area_parent_id_idx" ON "_authorities_v_version_area" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_authorities_v_version_area_locales_locale_parent_id_unique" ON "_authorities_v_version_area_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_authorities_v_parent_idx" ON "_authorities_v" USING btree ("parent_id");
  CREATE INDEX "_authorities_v_version_version_tenant_idx" ON "_authorities_v" USING btree ("version_tenant_id");
  CREATE INDEX "_authorities_v_version_version_prepared_month_idx" ON "_authorities_v" USING btree ("version_prepared_month");
  CREATE INDEX "_authorities_v_version_version_fiscal_year_idx" ON "_authorities_v" USING btree ("version_fiscal_year");
  CREATE INDEX "_authorities_v_version_version_updated_at_idx" ON "_authorities_v" USING btree ("version_updated_at");
  CREATE INDEX "_authorities_v_version_version_created_at_idx" ON "_authorities_v" USING btree ("version_created_at");
  CREATE INDEX "_authorities_v_version_version__status_idx" ON "_authorities_v" USING btree ("version__status");
  CREATE INDEX "_authorities_v_created_at_idx" ON "_authorities_v" USING btree ("created_at");
  CREATE INDEX "_authorities_v_updated_at_idx" ON "_authorities_v" USING btree ("updated_at");
  CREATE INDEX "_authorities_v_snapshot_idx" ON "_authorities_v" USING btree ("snapshot");
  CREATE INDEX "_authorities_v_published_locale_idx" ON "_authorities_v" USING btree ("published_locale");
  CREATE INDEX "_authorities_v_latest_idx" ON "_authorities_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_authorities_v_locales_locale_parent_id_unique" ON "_authorities_v_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "law_categories_slug_idx" ON "law_categories" USING btree ("slug");
  CREATE INDEX "law_categories_updated_at_idx" ON "law_categories" USING btree ("updated_at");
  CREATE INDEX "law_categories_created_at_idx" ON "law_categories" USING btree ("created_at");
  CREATE UNIQUE INDEX "law_categories_locales_locale_parent_id_unique" ON "law_categories_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "laws_tenant_idx" ON "laws" USING btree ("tenant_id");
  CREATE INDEX "laws_category_idx" ON "laws" USING btree ("category_id");
  CREATE INDEX "laws_file_idx" ON "laws" USING btree ("file_id");
  CREATE INDEX "laws_search_text_idx" ON "laws" USING btree ("search_text");
  CREATE INDEX "laws_updated_at_idx" ON "laws" USING btree ("updated_at");
  CREATE INDEX "laws_created_at_idx" ON "laws" USING btree ("created_at");
  CREATE INDEX "laws__status_idx" ON "laws" USING btree ("_status");
  CREATE UNIQUE INDEX "laws_locales_locale_parent_id_unique" ON "laws_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_laws_v_parent_idx" ON "_laws_v" USING btree ("parent_id");
  CREATE INDEX "_laws_v_version_version_tenant_idx" ON "_laws_v" USING btree ("version_tenant_id");
  CREATE INDEX "_laws_v_version_version_category_idx" ON "_laws_v" USING btree ("version_category_id");
  CREATE INDEX "_laws_v_version_version_file_idx" ON "_laws_v" USING btree ("version_file_id");
  CREATE INDEX "_laws_v_version_version_search_text_idx" ON "_laws_v" USING btree ("version_search_text");
  CREATE INDEX "_laws_v_version_version_updated_at_idx" ON "_laws_v" USING btree ("version_updated_at");
  CREATE INDEX "_laws_v_version_version_created_at_idx" ON "_laws_v" USING btree ("version_created_at");
  CREATE INDEX "_laws_v_version_version__status_idx" ON "_laws_v" USING btree ("version__status");
  CREATE INDEX "_laws_v_created_at_idx" ON "_laws_v" USING btree ("created_at");
  CREATE INDEX "_laws_v_updated_at_idx" ON "_laws_v" USING btree ("updated_at");
  CREATE INDEX "_laws_v_snapshot_idx" ON "_laws_v" USING btree ("snapshot");
  CREATE INDEX "_laws_v_published_locale_idx" ON "_laws_v" USING btree ("published_locale");
  CREATE INDEX "_laws_v_latest_idx" ON "_laws_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_laws_v_locales_locale_parent_id_unique" ON "_laws_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "committee_members_tenant_idx" ON "committee_members" USING btree ("tenant_id");
  CREATE INDEX "committee_members_photo_idx" ON "committee_members" USING btree ("photo_id");
  CREATE INDEX "committee_members_term_start_idx" ON "committee_members" USING btree ("term_start");
  CREATE INDEX "committee_members_term_end_idx" ON "committee_members" USING btree ("term_end");
  CREATE INDEX "committee_members_updated_at_idx" ON "committee_members" USING btree ("updated_at");
  CREATE INDEX "committee_members_created_at_idx" ON "committee_members" USING btree ("created_at");
  CREATE INDEX "committee_members__status_idx" ON "committee_members" USING btree ("_status");
  CREATE UNIQUE INDEX "committee_members_locales_locale_parent_id_unique" ON "committee_members_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_committee_members_v_parent_idx" ON "_committee_members_v" USING btree ("parent_id");
  CREATE INDEX "_committee_members_v_version_version_tenant_idx" ON "_committee_members_v" USING btree ("version_tenant_id");
  CREATE INDEX "_committee_members_v_version_version_photo_idx" ON "_committee_members_v" USING btree ("version_photo_id");
  CREATE INDEX "_committee_members_v_version_version_term_start_idx" ON "_committee_members_v" USING btree ("version_term_start");
  CREATE INDEX "_committee_members_v_version_version_term_end_idx" ON "_committee_members_v" USING btree ("version_term_end");
  CREATE INDEX "_committee_members_v_version_version_updated_at_idx" ON "_committee_members_v" USING btree ("version_updated_at");
  CREATE INDEX "_committee_members_v_version_version_created_at_idx" ON "_committee_members_v" USING btree ("version_created_at");
  CREATE INDEX "_committee_members_v_version_version__status_idx" ON "_committee_members_v" USING btree ("version__status");
  CREATE INDEX "_committee_members_v_created_at_idx" ON "_committee_members_v" USING btree ("created_at");
  CREATE INDEX "_committee_members_v_updated_at_idx" ON "_committee_members_v" USING btree ("updated_at");
  CREATE INDEX "_committee_members_v_snapshot_idx" ON "_committee_members_v" USING btree ("snapshot");
  CREATE INDEX "_committee_members_v_published_locale_idx" ON "_committee_members_v" USING btree ("published_locale");
  CREATE INDEX "_committee_members_v_latest_idx" ON "_committee_members_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_committee_members_v_locales_locale_parent_id_unique" ON "_committee_members_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "committee_reports_meetings_order_idx" ON "committee_reports_meetings" USING btree ("_order");
  CREATE INDEX "committee_reports_meetings_parent_id_idx" ON "committee_reports_meetings" USING btree ("_parent_id");
  CREATE INDEX "committee_reports_meetings_date_idx" ON "committee_reports_meetings" USING btree ("date");
  CREATE UNIQUE INDEX "committee_reports_meetings_locales_locale_parent_id_unique" ON "committee_reports_meetings_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "committee_reports_tenant_idx" ON "committee_reports" USING btree ("tenant_id");
  CREATE INDEX "committee_reports_fiscal_year_idx" ON "committee_reports" USING btree ("fiscal_year");
  CREATE INDEX "committee_reports_updated_at_idx" ON "committee_reports" USING btree ("updated_at");
  CREATE INDEX "committee_reports_created_at_idx" ON "committee_reports" USING btree ("created_at");
  CREATE INDEX "committee_reports__status_idx" ON "committee_reports" USING btree ("_status");
  CREATE UNIQUE INDEX "committee_reports_locales_locale_parent_id_unique" ON "committee_reports_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "committee_reports_rels_order_idx" ON "committee_reports_rels" USING btree ("order");
  CREATE INDEX "committee_reports_rels_parent_idx" ON "committee_reports_rels" USING btree ("parent_id");
  CREATE INDEX "committee_reports_rels_path_idx" ON "committee_reports_rels" USING btree ("path");
  CREATE INDEX "committee_reports_rels_media_id_idx" ON "committee_reports_rels" USING btree ("media_id");
  CREATE INDEX "_committee_reports_v_version_meetings_order_idx" ON "_committee_reports_v_version_meetings" USING btree ("_order");
  CREATE INDEX "_committee_reports_v_version_meetings_parent_id_idx" ON "_committee_reports_v_version_meetings" USING btree ("_parent_id");
  CREATE INDEX "_committee_reports_v_version_meetings_date_idx" ON "_committee_reports_v_version_meetings" USING btree ("date");
  CREATE UNIQUE INDEX "_committee_reports_v_version_meetings_locales_locale_parent_" ON "_committee_reports_v_version_meetings_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_committee_reports_v_parent_idx" ON "_committee_reports_v" USING btree ("parent_id");
  CREATE INDEX "_committee_reports_v_version_version_tenant_idx" ON "_committee_reports_v" USING btree ("version_tenant_id");
  CREATE INDEX "_committee_reports_v_version_version_fiscal_year_idx" ON "_committee_reports_v" USING btree ("version_fiscal_year");
  CREATE INDEX "_committee_reports_v_version_version_updated_at_idx" ON "_committee_reports_v" USING btree ("version_updated_at");
  CREATE INDEX "_committee_reports_v_version_version_created_at_idx" ON "_committee_reports_v" USING btree ("version_created_at");
  CREATE INDEX "_committee_reports_v_version_version__status_idx" ON "_committee_reports_v" USING btree ("version__status");
  CREATE INDEX "_committee_reports_v_created_at_idx" ON "_committee_reports_v" USING btree ("created_at");
  CREATE INDEX "_committee_reports_v_updated_at_idx" ON "_committee_reports_v" USING btree ("updated_at");
  CREATE INDEX "_committee_reports_v_snapshot_idx" ON "_committee_reports_v" USING btree ("snapshot");
  CREATE INDEX "_committee_reports_v_published_locale_idx" ON "_committee_reports_v" USING btree ("published_locale");
  CREATE INDEX "_committee_reports_v_latest_idx" ON "_committee_reports_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_committee_reports_v_locales_locale_parent_id_unique" ON "_committee_reports_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_committee_reports_v_rels_order_idx" ON "_committee_reports_v_rels" USING btree ("order");
  CREATE INDEX "_committee_reports_v_rels_parent_idx" ON "_committee_reports_v_rels" USING btree ("parent_id");
  CREATE INDEX "_committee_reports_v_rels_path_idx" ON "_committee_reports_v_rels" USING btree ("path");
  CREATE INDEX "_committee_reports_v_rels_media_id_idx" ON "_committee_reports_v_rels" USING btree ("media_id");
  CREATE INDEX "news_tags_order_idx" ON "news_tags" USING btree ("order");
  CREATE INDEX "news_tags_parent_idx" ON "news_tags" USING btree ("parent_id");
  CREATE INDEX "news_social_links_order_idx" ON "news_social_links" USING btree ("_order");
  CREATE INDEX "news_social_links_parent_id_idx" ON "news_social_links" USING btree ("_parent_id");
  CREATE INDEX "news_tenant_idx" ON "news" USING btree ("tenant_id");
  CREATE INDEX "news_date_idx" ON "news" USING btree ("date");
  CREATE INDEX "news_fiscal_year_idx" ON "news" USING btree ("fiscal_year");
  CREATE INDEX "news_cover_idx" ON "news" USING btree ("cover_id");
  CREATE INDEX "news_updated_at_idx" ON "news" USING btree ("updated_at");
  CREATE INDEX "news_created_at_idx" ON "news" USING btree ("created_at");
  CREATE INDEX "news__status_idx" ON "news" USING btree ("_status");
  CREATE UNIQUE INDEX "news_locales_locale_parent_id_unique" ON "news_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "news_rels_order_idx" ON "news_rels" USING btree ("order");
  CREATE INDEX "news_rels_parent_idx" ON "news_rels" USING btree ("parent_id");
  CREATE INDEX "news_rels_path_idx" ON "news_rels" USING btree ("path");
  CREATE INDEX "news_rels_media_id_idx" ON "news_rels" USING btree ("media_id");
  CREATE INDEX "_news_v_version_tags_order_idx" ON "_news_v_version_tags" USING btree ("order");
  CREATE INDEX "_news_v_version_tags_parent_idx" ON "_news_v_version_tags" USING btree ("parent_id");
  CREATE INDEX "_news_v_version_social_links_order_idx" ON "_news_v_version_social_links" USING btree ("_order");
  CREATE INDEX "_news_v_version_social_links_parent_id_idx" ON "_news_v_version_social_links" USING btree ("_parent_id");
  CREATE INDEX "_news_v_parent_idx" ON "_news_v" USING btree ("parent_id");
  CREATE INDEX "_news_v_version_version_tenant_idx" ON "_news_v" USING btree ("version_tenant_id");
  CREATE INDEX "_news_v_version_version_date_idx" ON "_news_v" USING btree ("version_date");
  CREATE INDEX "_news_v_version_version_fiscal_year_idx" ON "_news_v" USING btree ("version_fiscal_year");
  CREATE INDEX "_news_v_version_version_cover_idx" ON "_news_v" USING btree ("version_cover_id");
  CREATE INDEX "_news_v_version_version_updated_at_idx" ON "_news_v" USING btree ("version_updated_at");
  CREATE INDEX "_news_v_version_version_created_at_idx" ON "_news_v" USING btree ("version_created_at");
  CREATE INDEX "_news_v_version_version__status_idx" ON "_news_v" USING btree ("version__status");
  CREATE INDEX "_news_v_created_at_idx" ON "_news_v" USING btree ("created_at");
  CREATE INDEX "_news_v_updated_at_idx" ON "_news_v" USING btree ("updated_at");
  CREATE INDEX "_news_v_snapshot_idx" ON "_news_v" USING btree ("snapshot");
  CREATE INDEX "_news_v_published_locale_idx" ON "_news_v" USING btree ("published_locale");
  CREATE INDEX "_news_v_latest_idx" ON "_news_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_news_v_locales_locale_parent_id_unique" ON "_news_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_news_v_rels_order_idx" ON "_news_v_rels" USING btree ("order");
  CREATE INDEX "_news_v_rels_parent_idx" ON "_news_v_rels" USING btree ("parent_id");
  CREATE INDEX "_news_v_rels_path_idx" ON "_news_v_rels" USING btree ("path");
  CREATE INDEX "_news_v_rels_media_id_idx" ON "_news_v_rels" USING btree ("media_id");
  CREATE INDEX "monthly_reports_activities_order_idx" ON "monthly_reports_activities" USING btree ("_order");
  CREATE INDEX "monthly_reports_activities_parent_id_idx" ON "monthly_reports_activities" USING btree ("_parent_id");
  CREATE INDEX "monthly_reports_activities_start_date_idx" ON "monthly_reports_activities" USING btree ("start_date");
  CREATE INDEX "monthly_reports_activities_end_date_idx" ON "monthly_reports_activities" USING btree ("end_date");
  CREATE UNIQUE INDEX "monthly_reports_activities_locales_locale_parent_id_unique" ON "monthly_reports_activities_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "monthly_reports_tenant_idx" ON "monthly_reports" USING btree ("tenant_id");
  CREATE INDEX "monthly_reports_month_idx" ON "monthly_reports" USING btree ("month");
  CREATE INDEX "monthly_reports_fiscal_year_idx" ON "monthly_reports" USING btree ("fiscal_year");
  CREATE INDEX "monthly_reports_updated_at_idx" ON "monthly_reports" USING btree ("updated_at");
  CREATE INDEX "monthly_reports_created_at_idx" ON "monthly_reports" USING btree ("created_at");
  CREATE INDEX "monthly_reports__status_idx" ON "monthly_reports" USING btree ("_status");
  CREATE UNIQUE INDEX "monthly_reports_locales_locale_parent_id_unique" ON "monthly_reports_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "monthly_reports_rels_order_idx" ON "monthly_reports_rels" USING btree ("order");
  CREATE INDEX "monthly_reports_rels_parent_idx" ON "monthly_reports_rels" USING btree ("parent_id");
  CREATE INDEX "monthly_reports_rels_path_idx" ON "monthly_reports_rels" USING btree ("path");
  CREATE INDEX "monthly_reports_rels_media_id_idx" ON "monthly_reports_rels" USING btree ("media_id");
  CREATE INDEX "_monthly_reports_v_version_activities_order_idx" ON "_monthly_reports_v_version_activities" USING btree ("_order");
  CREATE INDEX "_monthly_reports_v_version_activities_parent_id_idx" ON "_monthly_reports_v_version_activities" USING btree ("_parent_id");
  CREATE INDEX "_monthly_reports_v_version_activities_start_date_idx" ON "_monthly_reports_v_version_activities" USING btree ("start_date");
  CREATE INDEX "_monthly_reports_v_version_activities_end_date_idx" ON "_monthly_reports_v_version_activities" USING btree ("end_date");
  CREATE UNIQUE INDEX "_monthly_reports_v_version_activities_locales_locale_parent_" ON "_monthly_reports_v_version_activities_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_monthly_reports_v_parent_idx" ON "_monthly_reports_v" USING btree ("parent_id");
  CREATE INDEX "_monthly_reports_v_version_version_tenant_idx" ON "_monthly_reports_v" USING btree ("version_tenant_id");
  CREATE INDEX "_monthly_reports_v_version_version_month_idx" ON "_monthly_reports_v" USING btree ("version_month");
  CREATE INDEX "_monthly_reports_v_version_version_fiscal_year_idx" ON "_monthly_reports_v" USING btree ("version_fiscal_year");
  CREATE INDEX "_monthly_reports_v_version_version_updated_at_idx" ON "_monthly_reports_v" USING btree ("version_updated_at");
  CREATE INDEX "_monthly_reports_v_version_version_created_at_idx" ON "_monthly_reports_v" USING btree ("version_created_at");
  CREATE INDEX "_monthly_reports_v_version_version__status_idx" ON "_monthly_reports_v" USING btree ("version__status");
  CREATE INDEX "_monthly_reports_v_created_at_idx" ON "_monthly_reports_v" USING btree ("created_at");
  CREATE INDEX "_monthly_reports_v_updated_at_idx" ON "_monthly_reports_v" USING btree ("updated_at");
  CREATE INDEX "_monthly_reports_v_snapshot_idx" ON "_monthly_reports_v" USING btree ("snapshot");
  CREATE INDEX "_monthly_reports_v_published_locale_idx" ON "_monthly_reports_v" USING btree ("published_locale");
  CREATE INDEX "_monthly_reports_v_latest_idx" ON "_monthly_reports_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_monthly_reports_v_locales_locale_parent_id_unique" ON "_monthly_reports_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_monthly_reports_v_rels_order_idx" ON "_monthly_reports_v_rels" USING btree ("order");
  CREATE INDEX "_monthly_reports_v_rels_parent_idx" ON "_monthly_reports_v_rels" USING btree ("parent_id");
  CREATE INDEX "_monthly_reports_v_rels_path_idx" ON "_monthly_reports_v_rels" USING btree ("path");
  CREATE INDEX "_monthly_reports_v_rels_media_id_idx" ON "_monthly_reports_v_rels" USING btree ("media_id");
  CREATE INDEX "manuals_languages_order_idx" ON "manuals_languages" USING btree ("order");
  CREATE INDEX "manuals_languages_parent_idx" ON "manuals_languages" USING btree ("parent_id");
  CREATE INDEX "manuals_tenant_idx" ON "manuals" USING btree ("tenant_id");
  CREATE INDEX "manuals_file_idx" ON "manuals" USING btree ("file_id");
  CREATE INDEX "manuals_updated_at_idx" ON "manuals" USING btree ("updated_at");
  CREATE INDEX "manuals_created_at_idx" ON "manuals" USING btree ("created_at");
  CREATE INDEX "manuals__status_idx" ON "manuals" USING btree ("_status");
  CREATE UNIQUE INDEX "manuals_locales_locale_parent_id_unique" ON "manuals_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_manuals_v_version_languages_order_idx" ON "_manuals_v_version_languages" USING btree ("order");
  CREATE INDEX "_manuals_v_version_languages_parent_idx" ON "_manuals_v_version_languages" USING btree ("parent_id");
  CREATE INDEX "_manuals_v_parent_idx" ON "_manuals_v" USING btree ("parent_id");
  CREATE INDEX "_manuals_v_version_version_tenant_idx" ON "_manuals_v" USING btree ("version_tenant_id");
  CREATE INDEX "_manuals_v_version_version_file_idx" ON "_manuals_v" USING btree ("version_file_id");
  CREATE INDEX "_manuals_v_version_version_updated_at_idx" ON "_manuals_v" USING btree ("version_updated_at");
  CREATE INDEX "_manuals_v_version_version_created_at_idx" ON "_manuals_v" USING btree ("version_created_at");
  CREATE INDEX "_manuals_v_version_version__status_idx" ON "_manuals_v" USING btree ("version__status");
  CREATE INDEX "_manuals_v_created_at_idx" ON "_manuals_v" USING btree ("created_at");
  CREATE INDEX "_manuals_v_updated_at_idx" ON "_manuals_v" USING btree ("updated_at");
  CREATE INDEX "_manuals_v_snapshot_idx" ON "_manuals_v" USING btree ("snapshot");
  CREATE INDEX "_manuals_v_published_locale_idx" ON "_manuals_v" USING btree ("published_locale");
  CREATE INDEX "_manuals_v_latest_idx" ON "_manuals_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_manuals_v_locales_locale_parent_id_unique" ON "_manuals_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "e_services_tenant_idx" ON "e_services" USING btree ("tenant_id");
  CREATE INDEX "e_services_updated_at_idx" ON "e_services" USING btree ("updated_at");
  CREATE INDEX "e_services_created_at_idx" ON "e_services" USING btree ("created_at");
  CREATE INDEX "e_services__status_idx" ON "e_services" USING btree ("_status");
  CREATE UNIQUE INDEX "e_services_locales_locale_parent_id_unique" ON "e_services_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_e_services_v_parent_idx" ON "_e_services_v" USING btree ("parent_id");
  CREATE INDEX "_e_services_v_version_version_tenant_idx" ON "_e_services_v" USING btree ("version_tenant_id");
  CREATE INDEX "_e_services_v_version_version_updated_at_idx" ON "_e_services_v" USING btree ("version_updated_at");
  CREATE INDEX "_e_services_v_version_version_created_at_idx" ON "_e_services_v" USING btree ("version_created_at");
  CREATE INDEX "_e_services_v_version_version__status_idx" ON "_e_services_v" USING btree ("version__status");
  CREATE INDEX "_e_services_v_created_at_idx" ON "_e_services_v" USING btree ("created_at");
  CREATE INDEX "_e_services_v_updated_at_idx" ON "_e_services_v" USING btree ("updated_at");
  CREATE INDEX "_e_services_v_snapshot_idx" ON "_e_services_v" USING btree ("snapshot");
  CREATE INDEX "_e_services_v_published_locale_idx" ON "_e_services_v" USING btree ("published_locale");
  CREATE INDEX "_e_services_v_latest_idx" ON "_e_services_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_e_services_v_locales_locale_parent_id_unique" ON "_e_services_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "crime_statistics_rows_order_idx" ON "crime_statistics_rows" USING btree ("_order");
  CREATE INDEX "crime_statistics_rows_parent_id_idx" ON "crime_statistics_rows" USING btree ("_parent_id");
  CREATE INDEX "crime_statistics_tenant_idx" ON "crime_statistics" USING btree ("tenant_id");
  CREATE INDEX "crime_statistics_month_idx" ON "crime_statistics" USING btree ("month");
  CREATE INDEX "crime_statistics_fiscal_year_idx" ON "crime_statistics" USING btree ("fiscal_year");
  CREATE INDEX "crime_statistics_updated_at_idx" ON "crime_statistics" USING btree ("updated_at");
  CREATE INDEX "crime_statistics_created_at_idx" ON "crime_statistics" USING btree ("created_at");
  CREATE INDEX "crime_statistics__status_idx" ON "crime_statistics" USING btree ("_status");
  CREATE INDEX "_crime_statistics_v_version_rows_order_idx" ON "_crime_statistics_v_version_rows" USING btree ("_order");
  CREATE INDEX "_crime_statistics_v_version_rows_parent_id_idx" ON "_crime_statistics_v_version_rows" USING btree ("_parent_id");
  CREATE INDEX "_crime_statistics_v_parent_idx" ON "_crime_statistics_v" USING btree ("parent_id");
  CREATE INDEX "_crime_statistics_v_version_version_tenant_idx" ON "_crime_statistics_v" USING btree ("version_tenant_id");
  CREATE INDEX "_crime_statistics_v_version_version_month_idx" ON "_crime_statistics_v" USING btree ("version_month");
  CREATE INDEX "_crime_statistics_v_version_version_fiscal_year_idx" ON "_crime_statistics_v" USING btree ("version_fiscal_year");
  CREATE INDEX "_crime_statistics_v_version_version_updated_at_idx" ON "_crime_statistics_v" USING btree ("version_updated_at");
  CREATE INDEX "_crime_statistics_v_version_version_created_at_idx" ON "_crime_statistics_v" USING btree ("version_created_at");
  CREATE INDEX "_crime_statistics_v_version_version__status_idx" ON "_crime_statistics_v" USING btree ("version__status");
  CREATE INDEX "_crime_statistics_v_created_at_idx" ON "_crime_statistics_v" USING btree ("created_at");
  CREATE INDEX "_crime_statistics_v_updated_at_idx" ON "_crime_statistics_v" USING btree ("updated_at");
  CREATE INDEX "_crime_statistics_v_snapshot_idx" ON "_crime_statistics_v" USING btree ("snapshot");
  CREATE INDEX "_crime_statistics_v_published_locale_idx" ON "_crime_statistics_v" USING btree ("published_locale");
  CREATE INDEX "_crime_statistics_v_latest_idx" ON "_crime_statistics_v" USING btree ("latest");
  CREATE INDEX "checkpoint_statistics_arrests_order_idx" ON "checkpoint_statistics_arrests" USING btree ("_order");
  CREATE INDEX "checkpoint_statistics_arrests_parent_id_idx" ON "checkpoint_statistics_arrests" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "checkpoint_statistics_arrests_locales_locale_parent_id_uniqu" ON "checkpoint_statistics_arrests_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "checkpoint_statistics_tenant_idx" ON "checkpoint_statistics" USING btree ("tenant_id");
  CREATE INDEX "checkpoint_statistics_month_idx" ON "checkpoint_statistics" USING btree ("month");
  CREATE INDEX "checkpoint_statistics_fiscal_year_idx" ON "checkpoint_statistics" USING btree ("fiscal_year");
  CREATE INDEX "checkpoint_statistics_updated_at_idx" ON "checkpoint_statistics" USING btree ("updated_at");
  CREATE INDEX "checkpoint_statistics_created_at_idx" ON "checkpoint_statistics" USING btree ("created_at");
  CREATE INDEX "checkpoint_statistics__status_idx" ON "checkpoint_statistics" USING btree ("_status");
  CREATE UNIQUE INDEX "checkpoint_statistics_locales_locale_parent_id_unique" ON "checkpoint_statistics_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_checkpoint_statistics_v_version_arrests_order_idx" ON "_checkpoint_statistics_v_version_arrests" USING btree ("_order");
  CREATE INDEX "_checkpoint_statistics_v_version_arrests_parent_id_idx" ON "_checkpoint_statistics_v_version_arrests" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_checkpoint_statistics_v_version_arrests_locales_locale_pare" ON "_checkpoint_statistics_v_version_arrests_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_checkpoint_statistics_v_parent_idx" ON "_checkpoint_statistics_v" USING btree ("parent_id");
  CREATE INDEX "_checkpoint_statistics_v_version_version_tenant_idx" ON "_checkpoint_statistics_v" USING btree ("version_tenant_id");
  CREATE INDEX "_checkpoint_statistics_v_version_version_month_idx" ON "_checkpoint_statistics_v" USING btree ("version_month");
  CREATE INDEX "_checkpoint_statistics_v_version_version_fiscal_year_idx" ON "_checkpoint_statistics_v" USING btree ("version_fiscal_year");
  CREATE INDEX "_checkpoint_statistics_v_version_version_updated_at_idx" ON "_checkpoint_statistics_v" USING btree ("version_updated_at");
  CREATE INDEX "_checkpoint_statistics_v_version_version_created_at_idx" ON "_checkpoint_statistics_v" USING btree ("version_created_at");
  CREATE INDEX "_checkpoint_statistics_v_version_version__status_idx" ON "_checkpoint_statistics_v" USING btree ("version__status");
  CREATE INDEX "_checkpoint_statistics_v_created_at_idx" ON "_checkpoint_statistics_v" USING btree ("created_at");
  CREATE INDEX "_checkpoint_statistics_v_updated_at_idx" ON "_checkpoint_statistics_v" USING btree ("updated_at");
  CREATE INDEX "_checkpoint_statistics_v_snapshot_idx" ON "_checkpoint_statistics_v" USING btree ("snapshot");
  CREATE INDEX "_checkpoint_statistics_v_published_locale_idx" ON "_checkpoint_statistics_v" USING btree ("published_locale");
  CREATE INDEX "_checkpoint_statistics_v_latest_idx" ON "_checkpoint_statistics_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_checkpoint_statistics_v_locales_locale_parent_id_unique" ON "_checkpoint_statistics_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "budget_reports_sources_order_idx" ON "budget_reports_sources" USING btree ("_order");
  CREATE INDEX "budget_reports_sources_parent_id_idx" ON "budget_reports_sources" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "budget_reports_sources_locales_locale_parent_id_unique" ON "budget_reports_sources_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "budget_reports_tenant_idx" ON "budget_reports" USING btree ("tenant_id");
  CREATE INDEX "budget_reports_fiscal_year_idx" ON "budget_reports" USING btree ("fiscal_year");
  CREATE INDEX "budget_reports_reported_to_head_on_idx" ON "budget_reports" USING btree ("reported_to_head_on");
  CREATE INDEX "budget_reports_updated_at_idx" ON "budget_reports" USING btree ("updated_at");
  CREATE INDEX "budget_reports_created_at_idx" ON "budget_reports" USING btree ("created_at");
  CREATE INDEX "budget_reports__status_idx" ON "budget_reports" USING btree ("_status");
  CREATE UNIQUE INDEX "budget_reports_locales_locale_parent_id_unique" ON "budget_reports_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_budget_reports_v_version_sources_order_idx" ON "_budget_reports_v_version_sources" USING btree ("_order");
  CREATE INDEX "_budget_reports_v_version_sources_parent_id_idx" ON "_budget_reports_v_version_sources" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_budget_reports_v_version_sources_locales_locale_parent_id_u" ON "_budget_reports_v_version_sources_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_budget_reports_v_parent_idx" ON "_budget_reports_v" USING btree ("parent_id");
  CREATE INDEX "_budget_reports_v_version_version_tenant_idx" ON "_budget_reports_v" USING btree ("version_tenant_id");
  CREATE INDEX "_budget_reports_v_version_version_fiscal_year_idx" ON "_budget_reports_v" USING btree ("version_fiscal_year");
  CREATE INDEX "_budget_reports_v_version_version_reported_to_head_on_idx" ON "_budget_reports_v" USING btree ("version_reported_to_head_on");
  CREATE INDEX "_budget_reports_v_version_version_updated_at_idx" ON "_budget_reports_v" USING btree ("version_updated_at");
  CREATE INDEX "_budget_reports_v_version_version_created_at_idx" ON "_budget_reports_v" USING btree ("version_created_at");
  CREATE INDEX "_budget_reports_v_version_version__status_idx" ON "_budget_reports_v" USING btree ("version__status");
  CREATE INDEX "_budget_reports_v_created_at_idx" ON "_budget_reports_v" USING btree ("created_at");
  CREATE INDEX "_budget_reports_v_updated_at_idx" ON "_budget_reports_v" USING btree ("updated_at");
  CREATE INDEX "_budget_reports_v_snapshot_idx" ON "_budget_reports_v" USING btree ("snapshot");
  CREATE INDEX "_budget_reports_v_published_locale_idx" ON "_budget_reports_v" USING btree ("published_locale");
  CREATE INDEX "_budget_reports_v_latest_idx" ON "_budget_reports_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_budget_reports_v_locales_locale_parent_id_unique" ON "_budget_reports_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "investigation_fund_reports_spending_order_idx" ON "investigation_fund_reports_spending" USING btree ("_order");
  CREATE INDEX "investigation_fund_reports_spending_parent_id_idx" ON "investigation_fund_reports_spending" USING btree ("_parent_id");
  CREATE INDEX "investigation_fund_reports_tenant_idx" ON "investigation_fund_reports" USING btree ("tenant_id");
  CREATE INDEX "investigation_fund_reports_fiscal_year_idx" ON "investigation_fund_reports" USING btree ("fiscal_year");
  CREATE INDEX "investigation_fund_reports_updated_at_idx" ON "investigation_fund_reports" USING btree ("updated_at");
  CREATE INDEX "investigation_fund_reports_created_at_idx" ON "investigation_fund_reports" USING btree ("created_at");
  CREATE INDEX "investigation_fund_reports__status_idx" ON "investigation_fund_reports" USING btree ("_status");
  CREATE UNIQUE INDEX "investigation_fund_reports_locales_locale_parent_id_unique" ON "investigation_fund_reports_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_investigation_fund_reports_v_version_spending_order_idx" ON "_investigation_fund_reports_v_version_spending" USING btree ("_order");
  CREATE INDEX "_investigation_fund_reports_v_version_spending_parent_id_idx" ON "_investigation_fund_reports_v_version_spending" USING btree ("_parent_id");
  CREATE INDEX "_investigation_fund_reports_v_parent_idx" ON "_investigation_fund_reports_v" USING btree ("parent_id");
  CREATE INDEX "_investigation_fund_reports_v_version_version_tenant_idx" ON "_investigation_fund_reports_v" USING btree ("version_tenant_id");
  CREATE INDEX "_investigation_fund_reports_v_version_version_fiscal_yea_idx" ON "_investigation_fund_reports_v" USING btree ("version_fiscal_year");
  CREATE INDEX "_investigation_fund_reports_v_version_version_updated_at_idx" ON "_investigation_fund_reports_v" USING btree ("version_updated_at");
  CREATE INDEX "_investigation_fund_reports_v_version_version_created_at_idx" ON "_investigation_fund_reports_v" USING btree ("version_created_at");
  CREATE INDEX "_investigation_fund_reports_v_version_version__status_idx" ON "_investigation_fund_reports_v" USING btree ("version__status");
  CREATE INDEX "_investigation_fund_reports_v_created_at_idx" ON "_investigation_fund_reports_v" USING btree ("created_at");
  CREATE INDEX "_investigation_fund_reports_v_updated_at_idx" ON "_investigation_fund_reports_v" USING btree ("updated_at");
  CREATE INDEX "_investigation_fund_reports_v_snapshot_idx" ON "_investigation_fund_reports_v" USING btree ("snapshot");
  CREATE INDEX "_investigation_fund_reports_v_published_locale_idx" ON "_investigation_fund_reports_v" USING btree ("published_locale");
  CREATE INDEX "_investigation_fund_reports_v_latest_idx" ON "_investigation_fund_reports_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_investigation_fund_reports_v_locales_locale_parent_id_uniqu" ON "_investigation_fund_reports_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "procurement_announcements_tenant_idx" ON "procurement_announcements" USING btree ("tenant_id");
  CREATE INDEX "procurement_announcements_date_idx" ON "procurement_announcements" USING btree ("date");
  CREATE INDEX "procurement_announcements_fiscal_year_idx" ON "procurement_announcements" USING btree ("fiscal_year");
  CREATE INDEX "procurement_announcements_month_idx" ON "procurement_announcements" USING btree ("month");
  CREATE INDEX "procurement_announcements_file_idx" ON "procurement_announcements" USING btree ("file_id");
  CREATE INDEX "procurement_announcements_updated_at_idx" ON "procurement_announcements" USING btree ("updated_at");
  CREATE INDEX "procurement_announcements_created_at_idx" ON "procurement_announcements" USING btree ("created_at");
  CREATE INDEX "procurement_announcements__status_idx" ON "procurement_announcements" USING btree ("_status");
  CREATE UNIQUE INDEX "procurement_announcements_locales_locale_parent_id_unique" ON "procurement_announcements_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_procurement_announcements_v_parent_idx" ON "_procurement_announcements_v" USING btree ("parent_id");
  CREATE INDEX "_procurement_announcements_v_version_version_tenant_idx" ON "_procurement_announcements_v" USING btree ("version_tenant_id");
  CREATE INDEX "_procurement_announcements_v_version_version_date_idx" ON "_procurement_announcements_v" USING btree ("version_date");
  CREATE INDEX "_procurement_announcements_v_version_version_fiscal_year_idx" ON "_procurement_announcements_v" USING btree ("version_fiscal_year");
  CREATE INDEX "_procurement_announcements_v_version_version_month_idx" ON "_procurement_announcements_v" USING btree ("version_month");
  CREATE INDEX "_procurement_announcements_v_version_version_file_idx" ON "_procurement_announcements_v" USING btree ("version_file_id");
  CREATE INDEX "_procurement_announcements_v_version_version_updated_at_idx" ON "_procurement_announcements_v" USING btree ("version_updated_at");
  CREATE INDEX "_procurement_announcements_v_version_version_created_at_idx" ON "_procurement_announcements_v" USING btree ("version_created_at");
  CREATE INDEX "_procurement_announcements_v_version_version__status_idx" ON "_procurement_announcements_v" USING btree ("version__status");
  CREATE INDEX "_procurement_announcements_v_created_at_idx" ON "_procurement_announcements_v" USING btree ("created_at");
  CREATE INDEX "_procurement_announcements_v_updated_at_idx" ON "_procurement_announcements_v" USING btree ("updated_at");
  CREATE INDEX "_procurement_announcements_v_snapshot_idx" ON "_procurement_announcements_v" USING btree ("snapshot");
  CREATE INDEX "_procurement_announcements_v_published_locale_idx" ON "_procurement_announcements_v" USING btree ("published_locale");
  CREATE INDEX "_procurement_announcements_v_latest_idx" ON "_procurement_announcements_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_procurement_announcements_v_locales_locale_parent_id_unique" ON "_procurement_announcements_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "procurement_summaries_rows_bidders_order_idx" ON "procurement_summaries_rows_bidders" USING btree ("_order");
  CREATE INDEX "procurement_summaries_rows_bidders_parent_id_idx" ON "procurement_summaries_rows_bidders" USING btree ("_parent_id");
  CREATE INDEX "procurement_summaries_rows_order_idx" ON "procurement_summaries_rows" USING btree ("_order");
  CREATE INDEX "procurement_summaries_rows_parent_id_idx" ON "procurement_summaries_rows" USING btree ("_parent_id");
  CREATE INDEX "procurement_summaries_rows_contract_contract_date_idx" ON "procurement_summaries_rows" USING btree ("contract_date");
  CREATE UNIQUE INDEX "procurement_summaries_rows_locales_locale_parent_id_unique" ON "procurement_summaries_rows_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "procurement_summaries_tenant_idx" ON "procurement_summaries" USING btree ("tenant_id");
  CREATE INDEX "procurement_summaries_month_idx" ON "procurement_summaries" USING btree ("month");
  CREATE INDEX "procurement_summaries_fiscal_year_idx" ON "procurement_summaries" USING btree ("fiscal_year");
  CREATE INDEX "procurement_summaries_has_over_budget_idx" ON "procurement_summaries" USING btree ("has_over_budget");
  CREATE INDEX "procurement_summaries_updated_at_idx" ON "procurement_summaries" USING btree ("updated_at");
  CREATE INDEX "procurement_summaries_created_at_idx" ON "procurement_summaries" USING btree ("created_at");
  CREATE INDEX "procurement_summaries__status_idx" ON "procurement_summaries" USING btree ("_status");
  CREATE INDEX "_procurement_summaries_v_version_rows_bidders_order_idx" ON "_procurement_summaries_v_version_rows_bidders" USING btree ("_order");
  CREATE INDEX "_procurement_summaries_v_version_rows_bidders_parent_id_idx" ON "_procurement_summaries_v_version_rows_bidders" USING btree ("_parent_id");
  CREATE INDEX "_procurement_summaries_v_version_rows_order_idx" ON "_procurement_summaries_v_version_rows" USING btree ("_order");
  CREATE INDEX "_procurement_summaries_v_version_rows_parent_id_idx" ON "_procurement_summaries_v_version_rows" USING btree ("_parent_id");
  CREATE INDEX "_procurement_summaries_v_version_rows_contract_contract__idx" ON "_procurement_summaries_v_version_rows" USING btree ("contract_date");
  CREATE UNIQUE INDEX "_procurement_summaries_v_version_rows_locales_locale_parent_" ON "_procurement_summaries_v_version_rows_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_procurement_summaries_v_parent_idx" ON "_procurement_summaries_v" USING btree ("parent_id");
  CREATE INDEX "_procurement_summaries_v_version_version_tenant_idx" ON "_procurement_summaries_v" USING btree ("version_tenant_id");
  CREATE INDEX "_procurement_summaries_v_version_version_month_idx" ON "_procurement_summaries_v" USING btree ("version_month");
  CREATE INDEX "_procurement_summaries_v_version_version_fiscal_year_idx" ON "_procurement_summaries_v" USING btree ("version_fiscal_year");
  CREATE INDEX "_procurement_summaries_v_version_version_has_over_budget_idx" ON "_procurement_summaries_v" USING btree ("version_has_over_budget");
  CREATE INDEX "_procurement_summaries_v_version_version_updated_at_idx" ON "_procurement_summaries_v" USING btree ("version_updated_at");
  CREATE INDEX "_procurement_summaries_v_version_version_created_at_idx" ON "_procurement_summaries_v" USING btree ("version_created_at");
  CREATE INDEX "_procurement_summaries_v_version_version__status_idx" ON "_procurement_summaries_v" USING btree ("version__status");
  CREATE INDEX "_procurement_summaries_v_created_at_idx" ON "_procurement_summaries_v" USING btree ("created_at");
  CREATE INDEX "_procurement_summaries_v_updated_at_idx" ON "_procurement_summaries_v" USING btree ("updated_at");
  CREATE INDEX "_procurement_summaries_v_snapshot_idx" ON "_procurement_summaries_v" USING btree ("snapshot");
  CREATE INDEX "_procurement_summaries_v_published_locale_idx" ON "_procurement_summaries_v" USING btree ("published_locale");
  CREATE INDEX "_procurement_summaries_v_latest_idx" ON "_procurement_summaries_v" USING btree ("latest");
  CREATE INDEX "complaint_statistics_tenant_idx" ON "complaint_statistics" USING btree ("tenant_id");
  CREATE INDEX "complaint_statistics_month_idx" ON "complaint_statistics" USING btree ("month");
  CREATE INDEX "complaint_statistics_fiscal_year_idx" ON "complaint_statistics" USING btree ("fiscal_year");
  CREATE INDEX "complaint_statistics_updated_at_idx" ON "complaint_statistics" USING btree ("updated_at");
  CREATE INDEX "complaint_statistics_created_at_idx" ON "complaint_statistics" USING btree ("created_at");
  CREATE INDEX "complaint_statistics__status_idx" ON "complaint_statistics" USING btree ("_status");
  CREATE UNIQUE INDEX "complaint_statistics_locales_locale_parent_id_unique" ON "complaint_statistics_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_complaint_statistics_v_parent_idx" ON "_complaint_statistics_v" USING btree ("parent_id");
  CREATE INDEX "_complaint_statistics_v_version_version_tenant_idx" ON "_complaint_statistics_v" USING btree ("version_tenant_id");
  CREATE INDEX "_complaint_statistics_v_version_version_month_idx" ON "_complaint_statistics_v" USING btree ("version_month");
  CREATE INDEX "_complaint_statistics_v_version_version_fiscal_year_idx" ON "_complaint_statistics_v" USING btree ("version_fiscal_year");
  CREATE INDEX "_complaint_statistics_v_version_version_updated_at_idx" ON "_complaint_statistics_v" USING btree ("version_updated_at");
  CREATE INDEX "_complaint_statistics_v_version_version_created_at_idx" ON "_complaint_statistics_v" USING btree ("version_created_at");
  CREATE INDEX "_complaint_statistics_v_version_version__status_idx" ON "_complaint_statistics_v" USING btree ("version__status");
  CREATE INDEX "_complaint_statistics_v_created_at_idx" ON "_complaint_statistics_v" USING btree ("created_at");
  CREATE INDEX "_complaint_statistics_v_updated_at_idx" ON "_complaint_statistics_v" USING btree ("updated_at");
  CREATE INDEX "_complaint_statistics_v_snapshot_idx" ON "_complaint_statistics_v" USING btree ("snapshot");
  CREATE INDEX "_complaint_statistics_v_published_locale_idx" ON "_complaint_statistics_v" USING btree ("published_locale");
  CREATE INDEX "_complaint_statistics_v_latest_idx" ON "_complaint_statistics_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_complaint_statistics_v_locales_locale_parent_id_unique" ON "_complaint_statistics_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "policies_tenant_idx" ON "policies" USING btree ("tenant_id");
  CREATE INDEX "policies_fiscal_year_idx" ON "policies" USING btree ("fiscal_year");
  CREATE INDEX "policies_announced_on_idx" ON "policies" USING btree ("announced_on");
  CREATE INDEX "policies_infographic_idx" ON "policies" USING btree ("infographic_id");
  CREATE INDEX "policies_updated_at_idx" ON "policies" USING btree ("updated_at");
  CREATE INDEX "policies_created_at_idx" ON "policies" USING btree ("created_at");
  CREATE INDEX "policies__status_idx" ON "policies" USING btree ("_status");
  CREATE UNIQUE INDEX "policies_locales_locale_parent_id_unique" ON "policies_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "policies_rels_order_idx" ON "policies_rels" USING btree ("order");
  CREATE INDEX "policies_rels_parent_idx" ON "policies_rels" USING btree ("parent_id");
  CREATE INDEX "policies_rels_path_idx" ON "policies_rels" USING btree ("path");
  CREATE INDEX "policies_rels_documents_id_idx" ON "policies_rels" USING btree ("documents_id");
  CREATE INDEX "_policies_v_parent_idx" ON "_policies_v" USING btree ("parent_id");
  CREATE INDEX "_policies_v_version_version_tenant_idx" ON "_policies_v" USING btree ("version_tenant_id");
  CREATE INDEX "_policies_v_version_version_fiscal_year_idx" ON "_policies_v" USING btree ("version_fiscal_year");
  CREATE INDEX "_policies_v_version_version_announced_on_idx" ON "_policies_v" USING btree ("version_announced_on");
  CREATE INDEX "_policies_v_version_version_infographic_idx" ON "_policies_v" USING btree ("version_infographic_id");
  CREATE INDEX "_policies_v_version_version_updated_at_idx" ON "_policies_v" USING btree ("version_updated_at");
  CREATE INDEX "_policies_v_version_version_created_at_idx" ON "_policies_v" USING btree ("version_created_at");
  CREATE INDEX "_policies_v_version_version__status_idx" ON "_policies_v" USING btree ("version__status");
  CREATE INDEX "_policies_v_created_at_idx" ON "_policies_v" USING btree ("created_at");
  CREATE INDEX "_policies_v_updated_at_idx" ON "_policies_v" USING btree ("updated_at");
  CREATE INDEX "_policies_v_snapshot_idx" ON "_policies_v" USING btree ("snapshot");
  CREATE INDEX "_policies_v_published_locale_idx" ON "_policies_v" USING btree ("published_locale");
  CREATE INDEX "_policies_v_latest_idx" ON "_policies_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_policies_v_locales_locale_parent_id_unique" ON "_policies_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_policies_v_rels_order_idx" ON "_policies_v_rels" USING btree ("order");
  CREATE INDEX "_policies_v_rels_parent_idx" ON "_policies_v_rels" USING btree ("parent_id");
  CREATE INDEX "_policies_v_rels_path_idx" ON "_policies_v_rels" USING btree ("path");
  CREATE INDEX "_policies_v_rels_documents_id_idx" ON "_policies_v_rels" USING btree ("documents_id");
  CREATE INDEX "risk_assessments_rows_order_idx" ON "risk_assessments_rows" USING btree ("_order");
  CREATE INDEX "risk_assessments_rows_parent_id_idx" ON "risk_assessments_rows" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "risk_assessments_rows_locales_locale_parent_id_unique" ON "risk_assessments_rows_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "risk_assessments_tenant_idx" ON "risk_assessments" USING btree ("tenant_id");
  CREATE INDEX "risk_assessments_fiscal_year_idx" ON "risk_assessments" USING btree ("fiscal_year");
  CREATE INDEX "risk_assessments_updated_at_idx" ON "risk_assessments" USING btree ("updated_at");
  CREATE INDEX "risk_assessments_created_at_idx" ON "risk_assessments" USING btree ("created_at");
  CREATE INDEX "risk_assessments__status_idx" ON "risk_assessments" USING btree ("_status");
  CREATE UNIQUE INDEX "risk_assessments_locales_locale_parent_id_unique" ON "risk_assessments_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_risk_assessments_v_version_rows_order_idx" ON "_risk_assessments_v_version_rows" USING btree ("_order");
  CREATE INDEX "_risk_assessments_v_version_rows_parent_id_idx" ON "_risk_assessments_v_version_rows" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_risk_assessments_v_version_rows_locales_locale_parent_id_un" ON "_risk_assessments_v_version_rows_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_risk_assessments_v_parent_idx" ON "_risk_assessments_v" USING btree ("parent_id");
  CREATE INDEX "_risk_assessments_v_version_version_tenant_idx" ON "_risk_assessments_v" USING btree ("version_tenant_id");
  CREATE INDEX "_risk_assessments_v_version_version_fiscal_year_idx" ON "_risk_assessments_v" USING btree ("version_fiscal_year");
  CREATE INDEX "_risk_assessments_v_version_version_updated_at_idx" ON "_risk_assessments_v" USING btree ("version_updated_at");
  CREATE INDEX "_risk_assessments_v_version_version_created_at_idx" ON "_risk_assessments_v" USING btree ("version_created_at");
  CREATE INDEX "_risk_assessments_v_version_version__status_idx" ON "_risk_assessments_v" USING btree ("version__status");
  CREATE INDEX "_risk_assessments_v_created_at_idx" ON "_risk_assessments_v" USING btree ("created_at");
  CREATE INDEX "_risk_assessments_v_updated_at_idx" ON "_risk_assessments_v" USING btree ("updated_at");
  CREATE INDEX "_risk_assessments_v_snapshot_idx" ON "_risk_assessments_v" USING btree ("snapshot");
  CREATE INDEX "_risk_assessments_v_published_locale_idx" ON "_risk_assessments_v" USING btree ("published_locale");
  CREATE INDEX "_risk_assessments_v_latest_idx" ON "_risk_assessments_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_risk_assessments_v_locales_locale_parent_id_unique" ON "_risk_assessments_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "risk_reports_results_order_idx" ON "risk_reports_results" USING btree ("_order");
  CREATE INDEX "risk_reports_results_parent_id_idx" ON "risk_reports_results" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "risk_reports_results_locales_locale_parent_id_unique" ON "risk_reports_results_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "risk_reports_tenant_idx" ON "risk_reports" USING btree ("tenant_id");
  CREATE INDEX "risk_reports_fiscal_year_idx" ON "risk_reports" USING btree ("fiscal_year");
  CREATE INDEX "risk_reports_updated_at_idx" ON "risk_reports" USING btree ("updated_at");
  CREATE INDEX "risk_reports_created_at_idx" ON "risk_reports" USING btree ("created_at");
  CREATE INDEX "risk_reports__status_idx" ON "risk_reports" USING btree ("_status");
  CREATE UNIQUE INDEX "risk_reports_locales_locale_parent_id_unique" ON "risk_reports_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "risk_reports_rels_order_idx" ON "risk_reports_rels" USING btree ("order");
  CREATE INDEX "risk_reports_rels_parent_idx" ON "risk_reports_rels" USING btree ("parent_id");
  CREATE INDEX "risk_reports_rels_path_idx" ON "risk_reports_rels" USING btree ("path");
  CREATE INDEX "risk_reports_rels_media_id_idx" ON "risk_reports_rels" USING btree ("media_id");
  CREATE INDEX "_risk_reports_v_version_results_order_idx" ON "_risk_reports_v_version_results" USING btree ("_order");
  CREATE INDEX "_risk_reports_v_version_results_parent_id_idx" ON "_risk_reports_v_version_results" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_risk_reports_v_version_results_locales_locale_parent_id_uni" ON "_risk_reports_v_version_results_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_risk_reports_v_parent_idx" ON "_risk_reports_v" USING btree ("parent_id");
  CREATE INDEX "_risk_reports_v_version_version_tenant_idx" ON "_risk_reports_v" USING btree ("version_tenant_id");
  CREATE INDEX "_risk_reports_v_version_version_fiscal_year_idx" ON "_risk_reports_v" USING btree ("version_fiscal_year");
  CREATE INDEX "_risk_reports_v_version_version_updated_at_idx" ON "_risk_reports_v" USING btree ("version_updated_at");
  CREATE INDEX "_risk_reports_v_version_version_created_at_idx" ON "_risk_reports_v" USING btree ("version_created_at");
  CREATE INDEX "_risk_reports_v_version_version__status_idx" ON "_risk_reports_v" USING btree ("version__status");
  CREATE INDEX "_risk_reports_v_created_at_idx" ON "_risk_reports_v" USING btree ("created_at");
  CREATE INDEX "_risk_reports_v_updated_at_idx" ON "_risk_reports_v" USING btree ("updated_at");
  CREATE INDEX "_risk_reports_v_snapshot_idx" ON "_risk_reports_v" USING btree ("snapshot");
  CREATE INDEX "_risk_reports_v_published_locale_idx" ON "_risk_reports_v" USING btree ("published_locale");
  CREATE INDEX "_risk_reports_v_latest_idx" ON "_risk_reports_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_risk_reports_v_locales_locale_parent_id_unique" ON "_risk_reports_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_risk_reports_v_rels_order_idx" ON "_risk_reports_v_rels" USING btree ("order");
  CREATE INDEX "_risk_reports_v_rels_parent_idx" ON "_risk_reports_v_rels" USING btree ("parent_id");
  CREATE INDEX "_risk_reports_v_rels_path_idx" ON "_risk_reports_v_rels" USING btree ("path");
  CREATE INDEX "_risk_reports_v_rels_media_id_idx" ON "_risk_reports_v_rels" USING btree ("media_id");
  CREATE INDEX "measure_reports_evidence_order_idx" ON "measure_reports_evidence" USING btree ("_order");
  CREATE INDEX "measure_reports_evidence_parent_id_idx" ON "measure_reports_evidence" USING btree ("_parent_id");
  CREATE INDEX "measure_reports_evidence_date_idx" ON "measure_reports_evidence" USING btree ("date");
  CREATE UNIQUE INDEX "measure_reports_evidence_locales_locale_parent_id_unique" ON "measure_reports_evidence_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "measure_reports_tenant_idx" ON "measure_reports" USING btree ("tenant_id");
  CREATE INDEX "measure_reports_fiscal_year_idx" ON "measure_reports" USING btree ("fiscal_year");
  CREATE INDEX "measure_reports_updated_at_idx" ON "measure_reports" USING btree ("updated_at");
  CREATE INDEX "measure_reports_created_at_idx" ON "measure_reports" USING btree ("created_at");
  CREATE INDEX "measure_reports__status_idx" ON "measure_reports" USING btree ("_status");
  CREATE UNIQUE INDEX "measure_reports_locales_locale_parent_id_unique" ON "measure_reports_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "measure_reports_rels_order_idx" ON "measure_reports_rels" USING btree ("order");
  CREATE INDEX "measure_reports_rels_parent_idx" ON "measure_reports_rels" USING btree ("parent_id");
  CREATE INDEX "measure_reports_rels_path_idx" ON "measure_reports_rels" USING btree ("path");
  CREATE INDEX "measure_reports_rels_media_id_idx" ON "measure_reports_rels" USING btree ("media_id");
  CREATE INDEX "_measure_reports_v_version_evidence_order_idx" ON "_measure_reports_v_version_evidence" USING btree ("_order");
  CREATE INDEX "_measure_reports_v_version_evidence_parent_id_idx" ON "_measure_reports_v_version_evidence" USING btree ("_parent_id");
  CREATE INDEX "_measure_reports_v_version_evidence_date_idx" ON "_measure_reports_v_version_evidence" USING btree ("date");
  CREATE UNIQUE INDEX "_measure_reports_v_version_evidence_locales_locale_parent_id" ON "_measure_reports_v_version_evidence_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_measure_reports_v_parent_idx" ON "_measure_reports_v" USING btree ("parent_id");
  CREATE INDEX "_measure_reports_v_version_version_tenant_idx" ON "_measure_reports_v" USING btree ("version_tenant_id");
  CREATE INDEX "_measure_reports_v_version_version_fiscal_year_idx" ON "_measure_reports_v" USING btree ("version_fiscal_year");
  CREATE INDEX "_measure_reports_v_version_version_updated_at_idx" ON "_measure_reports_v" USING btree ("version_updated_at");
  CREATE INDEX "_measure_reports_v_version_version_created_at_idx" ON "_measure_reports_v" USING btree ("version_created_at");
  CREATE INDEX "_measure_reports_v_version_version__status_idx" ON "_measure_reports_v" USING btree ("version__status");
  CREATE INDEX "_measure_reports_v_created_at_idx" ON "_measure_reports_v" USING btree ("created_at");
  CREATE INDEX "_measure_reports_v_updated_at_idx" ON "_measure_reports_v" USING btree ("updated_at");
  CREATE INDEX "_measure_reports_v_snapshot_idx" ON "_measure_reports_v" USING btree ("snapshot");
  CREATE INDEX "_measure_reports_v_published_locale_idx" ON "_measure_reports_v" USING btree ("published_locale");
  CREATE INDEX "_measure_reports_v_latest_idx" ON "_measure_reports_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_measure_reports_v_locales_locale_parent_id_unique" ON "_measure_reports_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_measure_reports_v_rels_order_idx" ON "_measure_reports_v_rels" USING btree ("order");
  CREATE INDEX "_measure_reports_v_rels_parent_idx" ON "_measure_reports_v_rels" USING btree ("parent_id");
  CREATE INDEX "_measure_reports_v_rels_path_idx" ON "_measure_reports_v_rels" USING btree ("path");
  CREATE INDEX "_measure_reports_v_rels_media_id_idx" ON "_measure_reports_v_rels" USING btree ("media_id");
  CREATE INDEX "disclosures_rels_order_idx" ON "disclosures_rels" USING btree ("order");
  CREATE INDEX "disclosures_rels_parent_idx" ON "disclosures_rels" USING btree ("parent_id");
  CREATE INDEX "disclosures_rels_path_idx" ON "disclosures_rels" USING btree ("path");
  CREATE INDEX "disclosures_rels_documents_id_idx" ON "disclosures_rels" USING btree ("documents_id");
  CREATE INDEX "_disclosures_v_rels_order_idx" ON "_disclosures_v_rels" USING btree ("order");
  CREATE INDEX "_disclosures_v_rels_parent_idx" ON "_disclosures_v_rels" USING btree ("parent_id");
  CREATE INDEX "_disclosures_v_rels_path_idx" ON "_disclosures_v_rels" USING btree ("path");
  CREATE INDEX "_disclosures_v_rels_documents_id_idx" ON "_disclosures_v_rels" USING btree ("documents_id");
  CREATE INDEX "feedback_tenant_idx" ON "feedback" USING btree ("tenant_id");
  CREATE INDEX "feedback_fiscal_year_idx" ON "feedback" USING btree ("fiscal_year");
  CREATE INDEX "feedback_submitter_key_idx" ON "feedback" USING btree ("submitter_key");
  CREATE INDEX "feedback_updated_at_idx" ON "feedback" USING btree ("updated_at");
  CREATE INDEX "feedback_created_at_idx" ON "feedback" USING btree ("created_at");
  CREATE INDEX "corruption_complaints_tenant_idx" ON "corruption_complaints" USING btree ("tenant_id");
  CREATE INDEX "corruption_complaints_incident_date_idx" ON "corruption_complaints" USING btree ("incident_date");
  CREATE INDEX "corruption_complaints_fiscal_year_idx" ON "corruption_complaints" USING btree ("fiscal_year");
  CREATE INDEX "corruption_complaints_submitter_key_idx" ON "corruption_complaints" USING btree ("submitter_key");
  CREATE INDEX "corruption_complaints_updated_at_idx" ON "corruption_complaints" USING btree ("updated_at");
  CREATE INDEX "corruption_complaints_created_at_idx" ON "corruption_complaints" USING btree ("created_at");
  CREATE UNIQUE INDEX "corruption_complaints_filename_idx" ON "corruption_complaints" USING btree ("filename");
  CREATE INDEX "media_tenant_idx" ON "media" USING btree ("tenant_id");
  CREATE INDEX "media_taken_on_idx" ON "media" USING btree ("taken_on");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "media" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "media_sizes_card_sizes_card_filename_idx" ON "media" USING btree ("sizes_card_filename");
  CREATE INDEX "media_sizes_hero_sizes_hero_filename_idx" ON "media" USING btree ("sizes_hero_filename");
  CREATE UNIQUE INDEX "media_locales_locale_parent_id_unique" ON "media_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "documents_tenant_idx" ON "documents" USING btree ("tenant_id");
  CREATE INDEX "documents_updated_at_idx" ON "documents" USING btree ("updated_at");
  CREATE INDEX "documents_created_at_idx" ON "documents" USING btree ("created_at");
  CREATE UNIQUE INDEX "documents_filename_idx" ON "documents" USING btree ("filename");
  CREATE UNIQUE INDEX "documents_locales_locale_parent_id_unique" ON "documents_locales" USING btree ("_locale","_parent_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_executives_fk" FOREIGN KEY ("executives_id") REFERENCES "public"."executives"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_org_structures_fk" FOREIGN KEY ("org_structures_id") REFERENCES "public"."org_structures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_authorities_fk" FOREIGN KEY ("authorities_id") REFERENCES "public"."authorities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_law_categories_fk" FOREIGN KEY ("law_categories_id") REFERENCES "public"."law_categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_laws_fk" FOREIGN KEY ("laws_id") REFERENCES "public"."laws"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_committee_members_fk" FOREIGN KEY ("committee_members_id") REFERENCES "public"."committee_members"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_committee_reports_fk" FOREIGN KEY ("committee_reports_id") REFERENCES "public"."committee_reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_news_fk" FOREIGN KEY ("news_id") REFERENCES "public"."news"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_monthly_reports_fk" FOREIGN KEY ("monthly_reports_id") REFERENCES "public"."monthly_reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_manuals_fk" FOREIGN KEY ("manuals_id") REFERENCES "public"."manuals"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_e_services_fk" FOREIGN KEY ("e_services_id") REFERENCES "public"."e_services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_crime_statistics_fk" FOREIGN KEY ("crime_statistics_id") REFERENCES "public"."crime_statistics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_checkpoint_statistics_fk" FOREIGN KEY ("checkpoint_statistics_id") REFERENCES "public"."checkpoint_statistics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_budget_reports_fk" FOREIGN KEY ("budget_reports_id") REFERENCES "public"."budget_reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_investigation_fund_reports_fk" FOREIGN KEY ("investigation_fund_reports_id") REFERENCES "public"."investigation_fund_reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_procurement_announcements_fk" FOREIGN KEY ("procurement_announcements_id") REFERENCES "public"."procurement_announcements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_procurement_summaries_fk" FOREIGN KEY ("procurement_summaries_id") REFERENCES "public"."procurement_summaries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_complaint_statistics_fk" FOREIGN KEY ("complaint_statistics_id") REFERENCES "public"."complaint_statistics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_policies_fk" FOREIGN KEY ("policies_id") REFERENCES "public"."policies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_risk_assessments_fk" FOREIGN KEY ("risk_assessments_id") REFERENCES "public"."risk_assessments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_risk_reports_fk" FOREIGN KEY ("risk_reports_id") REFERENCES "public"."risk_reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_measure_reports_fk" FOREIGN KEY ("measure_reports_id") REFERENCES "public"."measure_reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_feedback_fk" FOREIGN KEY ("feedback_id") REFERENCES "public"."feedback"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_corruption_complaints_fk" FOREIGN KEY ("corruption_complaints_id") REFERENCES "public"."corruption_complaints"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_documents_fk" FOREIGN KEY ("documents_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_executives_id_idx" ON "payload_locked_documents_rels" USING btree ("executives_id");
  CREATE INDEX "payload_locked_documents_rels_org_structures_id_idx" ON "payload_locked_documents_rels" USING btree ("org_structures_id");
  CREATE INDEX "payload_locked_documents_rels_authorities_id_idx" ON "payload_locked_documents_rels" USING btree ("authorities_id");
  CREATE INDEX "payload_locked_documents_rels_law_categories_id_idx" ON "payload_locked_documents_rels" USING btree ("law_categories_id");
  CREATE INDEX "payload_locked_documents_rels_laws_id_idx" ON "payload_locked_documents_rels" USING btree ("laws_id");
  CREATE INDEX "payload_locked_documents_rels_committee_members_id_idx" ON "payload_locked_documents_rels" USING btree ("committee_members_id");
  CREATE INDEX "payload_locked_documents_rels_committee_reports_id_idx" ON "payload_locked_documents_rels" USING btree ("committee_reports_id");
  CREATE INDEX "payload_locked_documents_rels_news_id_idx" ON "payload_locked_documents_rels" USING btree ("news_id");
  CREATE INDEX "payload_locked_documents_rels_monthly_reports_id_idx" ON "payload_locked_documents_rels" USING btree ("monthly_reports_id");
  CREATE INDEX "payload_locked_documents_rels_manuals_id_idx" ON "payload_locked_documents_rels" USING btree ("manuals_id");
  CREATE INDEX "payload_locked_documents_rels_e_services_id_idx" ON "payload_locked_documents_rels" USING btree ("e_services_id");
  CREATE INDEX "payload_locked_documents_rels_crime_statistics_id_idx" ON "payload_locked_documents_rels" USING btree ("crime_statistics_id");
  CREATE INDEX "payload_locked_documents_rels_checkpoint_statistics_id_idx" ON "payload_locked_documents_rels" USING btree ("checkpoint_statistics_id");
  CREATE INDEX "payload_locked_documents_rels_budget_reports_id_idx" ON "payload_locked_documents_rels" USING btree ("budget_reports_id");
  CREATE INDEX "payload_locked_documents_rels_investigation_fund_reports_idx" ON "payload_locked_documents_rels" USING btree ("investigation_fund_reports_id");
  CREATE INDEX "payload_locked_documents_rels_procurement_announcements__idx" ON "payload_locked_documents_rels" USING btree ("procurement_announcements_id");
  CREATE INDEX "payload_locked_documents_rels_procurement_summaries_id_idx" ON "payload_locked_documents_rels" USING btree ("procurement_summaries_id");
  CREATE INDEX "payload_locked_documents_rels_complaint_statistics_id_idx" ON "payload_locked_documents_rels" USING btree ("complaint_statistics_id");
  CREATE INDEX "payload_locked_documents_rels_policies_id_idx" ON "payload_locked_documents_rels" USING btree ("policies_id");
  CREATE INDEX "payload_locked_documents_rels_risk_assessments_id_idx" ON "payload_locked_documents_rels" USING btree ("risk_assessments_id");
  CREATE INDEX "payload_locked_documents_rels_risk_reports_id_idx" ON "payload_locked_documents_rels" USING btree ("risk_reports_id");
  CREATE INDEX "payload_locked_documents_rels_measure_reports_id_idx" ON "payload_locked_documents_rels" USING btree ("measure_reports_id");
  CREATE INDEX "payload_locked_documents_rels_feedback_id_idx" ON "payload_locked_documents_rels" USING btree ("feedback_id");
  CREATE INDEX "payload_locked_documents_rels_corruption_complaints_id_idx" ON "payload_locked_documents_rels" USING btree ("corruption_complaints_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_documents_id_idx" ON "payload_locked_documents_rels" USING btree ("documents_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "executives" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "executives_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_executives_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_executives_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "org_structures_manpower" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "org_structures_manpower_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "org_structures" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "org_structures_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_org_structures_v_version_manpower" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_org_structures_v_version_manpower_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_org_structures_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_org_structures_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "authorities_lines" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "authorities_lines_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "authorities_area" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "authorities_area_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "authorities" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "authorities_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_authorities_v_version_lines" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_authorities_v_version_lines_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_authorities_v_version_area" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_authorities_v_version_area_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_authorities_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_authorities_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "law_categories" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "law_categories_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "laws" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "laws_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_laws_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_laws_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "committee_members" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "committee_members_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_committee_members_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_committee_members_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "committee_reports_meetings" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "committee_reports_meetings_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "committee_reports" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "committee_reports_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "committee_reports_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_committee_reports_v_version_meetings" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_committee_reports_v_version_meetings_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_committee_reports_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_committee_reports_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_committee_reports_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "news_tags" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "news_social_links" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "news" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "news_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "news_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_news_v_version_tags" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_news_v_version_social_links" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_news_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_news_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_news_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "monthly_reports_activities" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "monthly_reports_activities_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "monthly_reports" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "monthly_reports_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "monthly_reports_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_monthly_reports_v_version_activities" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_monthly_reports_v_version_activities_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_monthly_reports_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_monthly_reports_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_monthly_reports_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "manuals_languages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "manuals" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "manuals_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_manuals_v_version_languages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_manuals_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_manuals_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "e_services" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "e_services_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_e_services_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_e_services_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "crime_statistics_rows" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "crime_statistics" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_crime_statistics_v_version_rows" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_crime_statistics_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "checkpoint_statistics_arrests" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "checkpoint_statistics_arrests_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "checkpoint_statistics" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "checkpoint_statistics_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_checkpoint_statistics_v_version_arrests" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_checkpoint_statistics_v_version_arrests_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_checkpoint_statistics_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_checkpoint_statistics_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "budget_reports_sources" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "budget_reports_sources_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "budget_reports" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "budget_reports_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_budget_reports_v_version_sources" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_budget_reports_v_version_sources_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_budget_reports_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_budget_reports_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "investigation_fund_reports_spending" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "investigation_fund_reports" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "investigation_fund_reports_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_investigation_fund_reports_v_version_spending" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_investigation_fund_reports_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_investigation_fund_reports_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "procurement_announcements" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "procurement_announcements_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_procurement_announcements_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_procurement_announcements_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "procurement_summaries_rows_bidders" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "procurement_summaries_rows" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "procurement_summaries_rows_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "procurement_summaries" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_procurement_summaries_v_version_rows_bidders" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_procurement_summaries_v_version_rows" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_procurement_summaries_v_version_rows_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_procurement_summaries_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "complaint_statistics" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "complaint_statistics_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_complaint_statistics_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_complaint_statistics_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "policies" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "policies_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "policies_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_policies_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_policies_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_policies_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "risk_assessments_rows" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "risk_assessments_rows_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "risk_assessments" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "risk_assessments_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_risk_assessments_v_version_rows" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_risk_assessments_v_version_rows_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_risk_assessments_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_risk_assessments_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "risk_reports_results" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "risk_reports_results_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "risk_reports" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "risk_reports_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "risk_reports_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_risk_reports_v_version_results" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_risk_reports_v_version_results_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_risk_reports_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_risk_reports_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_risk_reports_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "measure_reports_evidence" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "measure_reports_evidence_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "measure_reports" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "measure_reports_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "measure_reports_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_measure_reports_v_version_evidence" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_measure_reports_v_version_evidence_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_measure_reports_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_measure_reports_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_measure_reports_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "disclosures_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_disclosures_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "feedback" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "corruption_complaints" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "media" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "media_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "documents" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "documents_locales" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "executives" CASCADE;
  DROP TABLE "executives_locales" CASCADE;
  DROP TABLE "_executives_v" CASCADE;
  DROP TABLE "_executives_v_locales" CASCADE;
  DROP TABLE "org_structures_manpower" CASCADE;
  DROP TABLE "org_structures_manpower_locales" CASCADE;
  DROP TABLE "org_structures" CASCADE;
  DROP TABLE "org_structures_rels" CASCADE;
  DROP TABLE "_org_structures_v_version_manpower" CASCADE;
  DROP TABLE "_org_structures_v_version_manpower_locales" CASCADE;
  DROP TABLE "_org_structures_v" CASCADE;
  DROP TABLE "_org_structures_v_rels" CASCADE;
  DROP TABLE "authorities_lines" CASCADE;
  DROP TABLE "authorities_lines_locales" CASCADE;
  DROP TABLE "authorities_area" CASCADE;
  DROP TABLE "authorities_area_locales" CASCADE;
  DROP TABLE "authorities" CASCADE;
  DROP TABLE "authorities_locales" CASCADE;
  DROP TABLE "_authorities_v_version_lines" CASCADE;
  DROP TABLE "_authorities_v_version_lines_locales" CASCADE;
  DROP TABLE "_authorities_v_version_area" CASCADE;
  DROP TABLE "_authorities_v_version_area_locales" CASCADE;
  DROP TABLE "_authorities_v" CASCADE;
  DROP TABLE "_authorities_v_locales" CASCADE;
  DROP TABLE "law_categories" CASCADE;
  DROP TABLE "law_categories_locales" CASCADE;
  DROP TABLE "laws" CASCADE;
  DROP TABLE "laws_locales" CASCADE;
  DROP TABLE "_laws_v" CASCADE;
  DROP TABLE "_laws_v_locales" CASCADE;
  DROP TABLE "committee_members" CASCADE;
  DROP TABLE "committee_members_locales" CASCADE;
  DROP TABLE "_committee_members_v" CASCADE;
  DROP TABLE "_committee_members_v_locales" CASCADE;
  DROP TABLE "committee_reports_meetings" CASCADE;
  DROP TABLE "committee_reports_meetings_locales" CASCADE;
  DROP TABLE "committee_reports" CASCADE;
  DROP TABLE "committee_reports_locales" CASCADE;
  DROP TABLE "committee_reports_rels" CASCADE;
  DROP TABLE "_committee_reports_v_version_meetings" CASCADE;
  DROP TABLE "_committee_reports_v_version_meetings_locales" CASCADE;
  DROP TABLE "_committee_reports_v" CASCADE;
  DROP TABLE "_committee_reports_v_locales" CASCADE;
  DROP TABLE "_committee_reports_v_rels" CASCADE;
  DROP TABLE "news_tags" CASCADE;
  DROP TABLE "news_social_links" CASCADE;
  DROP TABLE "news" CASCADE;
  DROP TABLE "news_locales" CASCADE;
  DROP TABLE "news_rels" CASCADE;
  DROP TABLE "_news_v_version_tags" CASCADE;
  DROP TABLE "_news_v_version_social_links" CASCADE;
  DROP TABLE "_news_v" CASCADE;
  DROP TABLE "_news_v_locales" CASCADE;
  DROP TABLE "_news_v_rels" CASCADE;
  DROP TABLE "monthly_reports_activities" CASCADE;
  DROP TABLE "monthly_reports_activities_locales" CASCADE;
  DROP TABLE "monthly_reports" CASCADE;
  DROP TABLE "monthly_reports_locales" CASCADE;
  DROP TABLE "monthly_reports_rels" CASCADE;
  DROP TABLE "_monthly_reports_v_version_activities" CASCADE;
  DROP TABLE "_monthly_reports_v_version_activities_locales" CASCADE;
  DROP TABLE "_monthly_reports_v" CASCADE;
  DROP TABLE "_monthly_reports_v_locales" CASCADE;
  DROP TABLE "_monthly_reports_v_rels" CASCADE;
  DROP TABLE "manuals_languages" CASCADE;
  DROP TABLE "manuals" CASCADE;
  DROP TABLE "manuals_locales" CASCADE;
  DROP TABLE "_manuals_v_version_languages" CASCADE;
  DROP TABLE "_manuals_v" CASCADE;
  DROP TABLE "_manuals_v_locales" CASCADE;
  DROP TABLE "e_services" CASCADE;
  DROP TABLE "e_services_locales" CASCADE;
  DROP TABLE "_e_services_v" CASCADE;
  DROP TABLE "_e_services_v_locales" CASCADE;
  DROP TABLE "crime_statistics_rows" CASCADE;
  DROP TABLE "crime_statistics" CASCADE;
  DROP TABLE "_crime_statistics_v_version_rows" CASCADE;
  DROP TABLE "_crime_statistics_v" CASCADE;
  DROP TABLE "checkpoint_statistics_arrests" CASCADE;
  DROP TABLE "checkpoint_statistics_arrests_locales" CASCADE;
  DROP TABLE "checkpoint_statistics" CASCADE;
  DROP TABLE "checkpoint_statistics_locales" CASCADE;
  DROP TABLE "_checkpoint_statistics_v_version_arrests" CASCADE;
  DROP TABLE "_checkpoint_statistics_v_version_arrests_locales" CASCADE;
  DROP TABLE "_checkpoint_statistics_v" CASCADE;
  DROP TABLE "_checkpoint_statistics_v_locales" CASCADE;
  DROP TABLE "budget_reports_sources" CASCADE;
  DROP TABLE "budget_reports_sources_locales" CASCADE;
  DROP TABLE "budget_reports" CASCADE;
  DROP TABLE "budget_reports_locales" CASCADE;
  DROP TABLE "_budget_reports_v_version_sources" CASCADE;
  DROP TABLE "_budget_reports_v_version_sources_locales" CASCADE;
  DROP TABLE "_budget_reports_v" CASCADE;
  DROP TABLE "_budget_reports_v_locales" CASCADE;
  DROP TABLE "investigation_fund_reports_spending" CASCADE;
  DROP TABLE "investigation_fund_reports" CASCADE;
  DROP TABLE "investigation_fund_reports_locales" CASCADE;
  DROP TABLE "_investigation_fund_reports_v_version_spending" CASCADE;
  DROP TABLE "_investigation_fund_reports_v" CASCADE;
  DROP TABLE "_investigation_fund_reports_v_locales" CASCADE;
  DROP TABLE "procurement_announcements" CASCADE;
  DROP TABLE "procurement_announcements_locales" CASCADE;
  DROP TABLE "_procurement_announcements_v" CASCADE;
  DROP TABLE "_procurement_announcements_v_locales" CASCADE;
  DROP TABLE "procurement_summaries_rows_bidders" CASCADE;
  DROP TABLE "procurement_summaries_rows" CASCADE;
  DROP TABLE "procurement_summaries_rows_locales" CASCADE;
  DROP TABLE "procurement_summaries" CASCADE;
  DROP TABLE "_procurement_summaries_v_version_rows_bidders" CASCADE;
  DROP TABLE "_procurement_summaries_v_version_rows" CASCADE;
  DROP TABLE "_procurement_summaries_v_version_rows_locales" CASCADE;
  DROP TABLE "_procurement_summaries_v" CASCADE;
  DROP TABLE "complaint_statistics" CASCADE;
  DROP TABLE "complaint_statistics_locales" CASCADE;
  DROP TABLE "_complaint_statistics_v" CASCADE;
  DROP TABLE "_complaint_statistics_v_locales" CASCADE;
  DROP TABLE "policies" CASCADE;
  DROP TABLE "policies_locales" CASCADE;
  DROP TABLE "policies_rels" CASCADE;
  DROP TABLE "_policies_v" CASCADE;
  DROP TABLE "_policies_v_locales" CASCADE;
  DROP TABLE "_policies_v_rels" CASCADE;
  DROP TABLE "risk_assessments_rows" CASCADE;
  DROP TABLE "risk_assessments_rows_locales" CASCADE;
  DROP TABLE "risk_assessments" CASCADE;
  DROP TABLE "risk_assessments_locales" CASCADE;
  DROP TABLE "_risk_assessments_v_version_rows" CASCADE;
  DROP TABLE "_risk_assessments_v_version_rows_locales" CASCADE;
  DROP TABLE "_risk_assessments_v" CASCADE;
  DROP TABLE "_risk_assessments_v_locales" CASCADE;
  DROP TABLE "risk_reports_results" CASCADE;
  DROP TABLE "risk_reports_results_locales" CASCADE;
  DROP TABLE "risk_reports" CASCADE;
  DROP TABLE "risk_reports_locales" CASCADE;
  DROP TABLE "risk_reports_rels" CASCADE;
  DROP TABLE "_risk_reports_v_version_results" CASCADE;
  DROP TABLE "_risk_reports_v_version_results_locales" CASCADE;
  DROP TABLE "_risk_reports_v" CASCADE;
  DROP TABLE "_risk_reports_v_locales" CASCADE;
  DROP TABLE "_risk_reports_v_rels" CASCADE;
  DROP TABLE "measure_reports_evidence" CASCADE;
  DROP TABLE "measure_reports_evidence_locales" CASCADE;
  DROP TABLE "measure_reports" CASCADE;
  DROP TABLE "measure_reports_locales" CASCADE;
  DROP TABLE "measure_reports_rels" CASCADE;
  DROP TABLE "_measure_reports_v_version_evidence" CASCADE;
  DROP TABLE "_measure_reports_v_version_evidence_locales" CASCADE;
  DROP TABLE "_measure_reports_v" CASCADE;
  DROP TABLE "_measure_reports_v_locales" CASCADE;
  DROP TABLE "_measure_reports_v_rels" CASCADE;
  DROP TABLE "disclosures_rels" CASCADE;
  DROP TABLE "_disclosures_v_rels" CASCADE;
  DROP TABLE "feedback" CASCADE;
  DROP TABLE "corruption_complaints" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "media_locales" CASCADE;
  DROP TABLE "documents" CASCADE;
  DROP TABLE "documents_locales" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_executives_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_org_structures_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_authorities_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_law_categories_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_laws_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_committee_members_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_committee_reports_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_news_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_monthly_reports_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_manuals_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_e_services_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_crime_statistics_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_checkpoint_statistics_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_budget_reports_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_investigation_fund_reports_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_procurement_announcements_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_procurement_summaries_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_complaint_statistics_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_policies_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_risk_assessments_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_risk_reports_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_measure_reports_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_feedback_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_corruption_complaints_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_media_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_documents_fk";
  
  DROP INDEX "payload_locked_documents_rels_executives_id_idx";
  DROP INDEX "payload_locked_documents_rels_org_structures_id_idx";
  DROP INDEX "payload_locked_documents_rels_authorities_id_idx";
  DROP INDEX "payload_locked_documents_rels_law_categories_id_idx";
  DROP INDEX "payload_locked_documents_rels_laws_id_idx";
  DROP INDEX "payload_locked_documents_rels_committee_members_id_idx";
  DROP INDEX "payload_locked_documents_rels_committee_reports_id_idx";
  DROP INDEX "payload_locked_documents_rels_news_id_idx";
  DROP INDEX "payload_locked_documents_rels_monthly_reports_id_idx";
  DROP INDEX "payload_locked_documents_rels_manuals_id_idx";
  DROP INDEX "payload_locked_documents_rels_e_services_id_idx";
  DROP INDEX "payload_locked_documents_rels_crime_statistics_id_idx";
  DROP INDEX "payload_locked_documents_rels_checkpoint_statistics_id_idx";
  DROP INDEX "payload_locked_documents_rels_budget_reports_id_idx";
  DROP INDEX "payload_locked_documents_rels_investigation_fund_reports_idx";
  DROP INDEX "payload_locked_documents_rels_procurement_announcements__idx";
  DROP INDEX "payload_locked_documents_rels_procurement_summaries_id_idx";
  DROP INDEX "payload_locked_documents_rels_complaint_statistics_id_idx";
  DROP INDEX "payload_locked_documents_rels_policies_id_idx";
  DROP INDEX "payload_locked_documents_rels_risk_assessments_id_idx";
  DROP INDEX "payload_locked_documents_rels_risk_reports_id_idx";
  DROP INDEX "payload_locked_documents_rels_measure_reports_id_idx";
  DROP INDEX "payload_locked_documents_rels_feedback_id_idx";
  DROP INDEX "payload_locked_documents_rels_corruption_complaints_id_idx";
  DROP INDEX "payload_locked_documents_rels_media_id_idx";
  DROP INDEX "payload_locked_documents_rels_documents_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "executives_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "org_structures_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "authorities_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "law_categories_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "laws_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "committee_members_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "committee_reports_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "news_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "monthly_reports_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "manuals_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "e_services_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "crime_statistics_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "checkpoint_statistics_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "budget_reports_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "investigation_fund_reports_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "procurement_announcements_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "procurement_summaries_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "complaint_statistics_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "policies_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "risk_assessments_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "risk_reports_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "measure_reports_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "feedback_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "corruption_complaints_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "media_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "documents_id";
  DROP TYPE "public"."enum_executives_rank";
  DROP TYPE "public"."enum_executives_line_of_work";
  DROP TYPE "public"."enum_executives_status";
  DROP TYPE "public"."enum__executives_v_version_rank";
  DROP TYPE "public"."enum__executives_v_version_line_of_work";
  DROP TYPE "public"."enum__executives_v_version_status";
  DROP TYPE "public"."enum__executives_v_published_locale";
  DROP TYPE "public"."enum_org_structures_status";
  DROP TYPE "public"."enum__org_structures_v_version_status";
  DROP TYPE "public"."enum__org_structures_v_published_locale";
  DROP TYPE "public"."enum_authorities_lines_line_of_work";
  DROP TYPE "public"."enum_authorities_status";
  DROP TYPE "public"."enum__authorities_v_version_lines_line_of_work";
  DROP TYPE "public"."enum__authorities_v_version_status";
  DROP TYPE "public"."enum__authorities_v_published_locale";
  DROP TYPE "public"."enum_law_categories_kind";
  DROP TYPE "public"."enum_laws_kind";
  DROP TYPE "public"."enum_laws_status";
  DROP TYPE "public"."enum__laws_v_version_kind";
  DROP TYPE "public"."enum__laws_v_version_status";
  DROP TYPE "public"."enum__laws_v_published_locale";
  DROP TYPE "public"."enum_committee_members_committee_position";
  DROP TYPE "public"."enum_committee_members_status";
  DROP TYPE "public"."enum__committee_members_v_version_committee_position";
  DROP TYPE "public"."enum__committee_members_v_version_status";
  DROP TYPE "public"."enum__committee_members_v_published_locale";
  DROP TYPE "public"."enum_committee_reports_status";
  DROP TYPE "public"."enum__committee_reports_v_version_status";
  DROP TYPE "public"."enum__committee_reports_v_published_locale";
  DROP TYPE "public"."enum_news_tags";
  DROP TYPE "public"."enum_news_social_links_platform";
  DROP TYPE "public"."enum_news_status";
  DROP TYPE "public"."enum__news_v_version_tags";
  DROP TYPE "public"."enum__news_v_version_social_links_platform";
  DROP TYPE "public"."enum__news_v_version_status";
  DROP TYPE "public"."enum__news_v_published_locale";
  DROP TYPE "public"."enum_monthly_reports_status";
  DROP TYPE "public"."enum__monthly_reports_v_version_status";
  DROP TYPE "public"."enum__monthly_reports_v_published_locale";
  DROP TYPE "public"."enum_manuals_languages";
  DROP TYPE "public"."enum_manuals_audience";
  DROP TYPE "public"."enum_manuals_line_of_work";
  DROP TYPE "public"."enum_manuals_status";
  DROP TYPE "public"."enum__manuals_v_version_languages";
  DROP TYPE "public"."enum__manuals_v_version_audience";
  DROP TYPE "public"."enum__manuals_v_version_line_of_work";
  DROP TYPE "public"."enum__manuals_v_version_status";
  DROP TYPE "public"."enum__manuals_v_published_locale";
  DROP TYPE "public"."enum_e_services_kind";
  DROP TYPE "public"."enum_e_services_icon";
  DROP TYPE "public"."enum_e_services_status";
  DROP TYPE "public"."enum__e_services_v_version_kind";
  DROP TYPE "public"."enum__e_services_v_version_icon";
  DROP TYPE "public"."enum__e_services_v_version_status";
  DROP TYPE "public"."enum__e_services_v_published_locale";
  DROP TYPE "public"."enum_crime_statistics_status";
  DROP TYPE "public"."enum__crime_statistics_v_version_status";
  DROP TYPE "public"."enum__crime_statistics_v_published_locale";
  DROP TYPE "public"."enum_checkpoint_statistics_status";
  DROP TYPE "public"."enum__checkpoint_statistics_v_version_status";
  DROP TYPE "public"."enum__checkpoint_statistics_v_published_locale";
  DROP TYPE "public"."enum_budget_reports_status";
  DROP TYPE "public"."enum__budget_reports_v_version_status";
  DROP TYPE "public"."enum__budget_reports_v_published_locale";
  DROP TYPE "public"."enum_investigation_fund_reports_spending_period";
  DROP TYPE "public"."enum_investigation_fund_reports_status";
  DROP TYPE "public"."enum__investigation_fund_reports_v_version_spending_period";
  DROP TYPE "public"."enum__investigation_fund_reports_v_version_status";
  DROP TYPE "public"."enum__investigation_fund_reports_v_published_locale";
  DROP TYPE "public"."enum_procurement_announcements_kind";
  DROP TYPE "public"."enum_procurement_announcements_status";
  DROP TYPE "public"."enum__procurement_announcements_v_version_kind";
  DROP TYPE "public"."enum__procurement_announcements_v_version_status";
  DROP TYPE "public"."enum__procurement_announcements_v_published_locale";
  DROP TYPE "public"."enum_procurement_summaries_rows_method";
  DROP TYPE "public"."enum_procurement_summaries_status";
  DROP TYPE "public"."enum__procurement_summaries_v_version_rows_method";
  DROP TYPE "public"."enum__procurement_summaries_v_version_status";
  DROP TYPE "public"."enum__procurement_summaries_v_published_locale";
  DROP TYPE "public"."enum_complaint_statistics_status";
  DROP TYPE "public"."enum__complaint_statistics_v_version_status";
  DROP TYPE "public"."enum__complaint_statistics_v_published_locale";
  DROP TYPE "public"."enum_policies_type";
  DROP TYPE "public"."enum_policies_status";
  DROP TYPE "public"."enum__policies_v_version_type";
  DROP TYPE "public"."enum__policies_v_version_status";
  DROP TYPE "public"."enum__policies_v_published_locale";
  DROP TYPE "public"."enum_risk_assessments_rows_line_of_work";
  DROP TYPE "public"."enum_risk_assessments_status";
  DROP TYPE "public"."enum__risk_assessments_v_version_rows_line_of_work";
  DROP TYPE "public"."enum__risk_assessments_v_version_status";
  DROP TYPE "public"."enum__risk_assessments_v_published_locale";
  DROP TYPE "public"."enum_risk_reports_results_line_of_work";
  DROP TYPE "public"."enum_risk_reports_status";
  DROP TYPE "public"."enum__risk_reports_v_version_results_line_of_work";
  DROP TYPE "public"."enum__risk_reports_v_version_status";
  DROP TYPE "public"."enum__risk_reports_v_published_locale";
  DROP TYPE "public"."enum_measure_reports_evidence_slot";
  DROP TYPE "public"."enum_measure_reports_status";
  DROP TYPE "public"."enum__measure_reports_v_version_evidence_slot";
  DROP TYPE "public"."enum__measure_reports_v_version_status";
  DROP TYPE "public"."enum__measure_reports_v_published_locale";
  DROP TYPE "public"."enum_feedback_kind";
  DROP TYPE "public"."enum_feedback_status";
  DROP TYPE "public"."enum_corruption_complaints_status";`)
}
