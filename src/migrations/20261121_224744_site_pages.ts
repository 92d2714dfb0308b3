import type { MigrateUpArgs, MigrateDownArgs} from '@payloadcms/db-postgres';
import { sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_units_menu_children_kind" AS ENUM('route', 'page', 'url');
  CREATE TYPE "public"."enum_units_menu_children_route" AS ENUM('home', 'about', 'structure', 'executives', 'authority', 'committee', 'news', 'e-services', 'manuals', 'laws', 'procurement', 'ita', 'contact');
  CREATE TYPE "public"."enum_units_menu_kind" AS ENUM('none', 'route', 'page', 'url');
  CREATE TYPE "public"."enum_units_menu_route" AS ENUM('home', 'about', 'structure', 'executives', 'authority', 'committee', 'news', 'e-services', 'manuals', 'laws', 'procurement', 'ita', 'contact');
  CREATE TYPE "public"."enum_pages_blocks_news_list_tag" AS ENUM('performance', 'head-participation', 'ita', 'eit', 'public-service');
  CREATE TYPE "public"."enum_pages_blocks_qr_code_target" AS ENUM('eit', 'url');
  CREATE TYPE "public"."enum_pages_blocks_call_to_action_link_kind" AS ENUM('route', 'page', 'url');
  CREATE TYPE "public"."enum_pages_blocks_call_to_action_link_route" AS ENUM('home', 'about', 'structure', 'executives', 'authority', 'committee', 'news', 'e-services', 'manuals', 'laws', 'procurement', 'ita', 'contact');
  CREATE TYPE "public"."enum_pages_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__pages_v_blocks_news_list_tag" AS ENUM('performance', 'head-participation', 'ita', 'eit', 'public-service');
  CREATE TYPE "public"."enum__pages_v_blocks_qr_code_target" AS ENUM('eit', 'url');
  CREATE TYPE "public"."enum__pages_v_blocks_call_to_action_link_kind" AS ENUM('route', 'page', 'url');
  CREATE TYPE "public"."enum__pages_v_blocks_call_to_action_link_route" AS ENUM('home', 'about', 'structure', 'executives', 'authority', 'committee', 'news', 'e-services', 'manuals', 'laws', 'procurement', 'ita', 'contact');
  CREATE TYPE "public"."enum__pages_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__pages_v_published_locale" AS ENUM('th', 'en');
  CREATE TABLE "units_menu_children" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"kind" "enum_units_menu_children_kind" DEFAULT 'route' NOT NULL,
  	"route" "enum_units_menu_children_route",
  	"page_id" integer,
  	"url" varchar
  );
  
  CREATE TABLE "units_menu_children_locales" (
  	"label" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "units_menu" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"kind" "enum_units_menu_kind" DEFAULT 'route' NOT NULL,
  	"route" "enum_units_menu_route",
  	"page_id" integer,
  	"url" varchar
  );
  
  CREATE TABLE "units_menu_locales" (
  	"label" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "pages_blocks_hero" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"image_id" integer,
  	"block_name" varchar
  );
  
  CREATE TABLE "pages_blocks_hero_locales" (
  	"heading" varchar,
  	"text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "pages_blocks_head_message" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"block_name" varchar
  );
  
  CREATE TABLE "pages_blocks_head_message_locales" (
  	"heading" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "pages_blocks_rich_text" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"block_name" varchar
  );
  
  CREATE TABLE "pages_blocks_rich_text_locales" (
  	"heading" varchar,
  	"content" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "pages_blocks_news_list" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"limit" numeric DEFAULT 3,
  	"tag" "enum_pages_blocks_news_list_tag",
  	"block_name" varchar
  );
  
  CREATE TABLE "pages_blocks_news_list_locales" (
  	"heading" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "pages_blocks_executives_grid" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"limit" numeric DEFAULT 4,
  	"block_name" varchar
  );
  
  CREATE TABLE "pages_blocks_executives_grid_locales" (
  	"heading" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "pages_blocks_oit_menu" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"fiscal_year" numeric,
  	"block_name" varchar
  );
  
  CREATE TABLE "pages_blocks_oit_menu_locales" (
  	"heading" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "pages_blocks_documents_list" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"block_name" varchar
  );
  
  CREATE TABLE "pages_blocks_documents_list_locales" (
  	"heading" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "pages_blocks_e_service_links" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"block_name" varchar
  );
  
  CREATE TABLE "pages_blocks_e_service_links_locales" (
  	"heading" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "pages_blocks_contact_card" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"block_name" varchar
  );
  
  CREATE TABLE "pages_blocks_contact_card_locales" (
  	"heading" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "pages_blocks_qr_code" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"target" "enum_pages_blocks_qr_code_target" DEFAULT 'eit',
  	"url" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "pages_blocks_qr_code_locales" (
  	"heading" varchar,
  	"caption" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "pages_blocks_call_to_action" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"link_kind" "enum_pages_blocks_call_to_action_link_kind" DEFAULT 'route',
  	"link_route" "enum_pages_blocks_call_to_action_link_route",
  	"link_page_id" integer,
  	"link_url" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "pages_blocks_call_to_action_locales" (
  	"heading" varchar,
  	"text" varchar,
  	"button_label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "pages" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_pages_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "pages_locales" (
  	"title" varchar,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "pages_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"documents_id" integer
  );
  
  CREATE TABLE "_pages_v_blocks_hero" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"image_id" integer,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_hero_locales" (
  	"heading" varchar,
  	"text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_pages_v_blocks_head_message" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_head_message_locales" (
  	"heading" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_pages_v_blocks_rich_text" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_rich_text_locales" (
  	"heading" varchar,
  	"content" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_pages_v_blocks_news_list" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"limit" numeric DEFAULT 3,
  	"tag" "enum__pages_v_blocks_news_list_tag",
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_news_list_locales" (
  	"heading" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_pages_v_blocks_executives_grid" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"limit" numeric DEFAULT 4,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_executives_grid_locales" (
  	"heading" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_pages_v_blocks_oit_menu" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"fiscal_year" numeric,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_oit_menu_locales" (
  	"heading" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_pages_v_blocks_documents_list" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_documents_list_locales" (
  	"heading" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_pages_v_blocks_e_service_links" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_e_service_links_locales" (
  	"heading" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_pages_v_blocks_contact_card" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_contact_card_locales" (
  	"heading" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_pages_v_blocks_qr_code" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"target" "enum__pages_v_blocks_qr_code_target" DEFAULT 'eit',
  	"url" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_qr_code_locales" (
  	"heading" varchar,
  	"caption" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_pages_v_blocks_call_to_action" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"link_kind" "enum__pages_v_blocks_call_to_action_link_kind" DEFAULT 'route',
  	"link_route" "enum__pages_v_blocks_call_to_action_link_route",
  	"link_page_id" integer,
  	"link_url" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_call_to_action_locales" (
  	"heading" varchar,
  	"text" varchar,
  	"button_label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_pages_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_tenant_id" integer,
  	"version_slug" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__pages_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__pages_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_pages_v_locales" (
  	"version_title" varchar,
  	"version_description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_pages_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"documents_id" integer
  );
  
  DROP INDEX "laws_search_text_idx";
  DROP INDEX "_laws_v_version_version_search_text_idx";
  ALTER TABLE "units_locales" ADD COLUMN "head_message" varchar;
  ALTER TABLE "laws_locales" ADD COLUMN "search_text" varchar;
  ALTER TABLE "_laws_v_locales" ADD COLUMN "version_search_text" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "pages_id" integer;
  ALTER TABLE "units_menu_children" ADD CONSTRAINT "units_menu_children_page_id_pages_id_fk" FOREIGN KEY ("page_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "units_menu_children" ADD CONSTRAINT "units_menu_children_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."units_menu"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "units_menu_children_locales" ADD CONSTRAINT "units_menu_children_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."units_menu_children"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "units_menu" ADD CONSTRAINT "units_menu_page_id_pages_id_fk" FOREIGN KEY ("page_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "units_menu" ADD CONSTRAINT "units_menu_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "units_menu_locales" ADD CONSTRAINT "units_menu_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."units_menu"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_hero" ADD CONSTRAINT "pages_blocks_hero_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pages_blocks_hero" ADD CONSTRAINT "pages_blocks_hero_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_hero_locales" ADD CONSTRAINT "pages_blocks_hero_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_blocks_hero"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_head_message" ADD CONSTRAINT "pages_blocks_head_message_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_head_message_locales" ADD CONSTRAINT "pages_blocks_head_message_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_blocks_head_message"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_rich_text" ADD CONSTRAINT "pages_blocks_rich_text_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_rich_text_locales" ADD CONSTRAINT "pages_blocks_rich_text_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_blocks_rich_text"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_news_list" ADD CONSTRAINT "pages_blocks_news_list_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_news_list_locales" ADD CONSTRAINT "pages_blocks_news_list_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_blocks_news_list"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_executives_grid" ADD CONSTRAINT "pages_blocks_executives_grid_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_executives_grid_locales" ADD CONSTRAINT "pages_blocks_executives_grid_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_blocks_executives_grid"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_oit_menu" ADD CONSTRAINT "pages_blocks_oit_menu_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_oit_menu_locales" ADD CONSTRAINT "pages_blocks_oit_menu_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_blocks_oit_menu"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_documents_list" ADD CONSTRAINT "pages_blocks_documents_list_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_documents_list_locales" ADD CONSTRAINT "pages_blocks_documents_list_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_blocks_documents_list"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_e_service_links" ADD CONSTRAINT "pages_blocks_e_service_links_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_e_service_links_locales" ADD CONSTRAINT "pages_blocks_e_service_links_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_blocks_e_service_links"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_contact_card" ADD CONSTRAINT "pages_blocks_contact_card_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_contact_card_locales" ADD CONSTRAINT "pages_blocks_contact_card_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_blocks_contact_card"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_qr_code" ADD CONSTRAINT "pages_blocks_qr_code_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_qr_code_locales" ADD CONSTRAINT "pages_blocks_qr_code_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_blocks_qr_code"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_call_to_action" ADD CONSTRAINT "pages_blocks_call_to_action_link_page_id_pages_id_fk" FOREIGN KEY ("link_page_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pages_blocks_call_to_action" ADD CONSTRAINT "pages_blocks_call_to_action_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_call_to_action_locales" ADD CONSTRAINT "pages_blocks_call_to_action_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_blocks_call_to_action"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages" ADD CONSTRAINT "pages_tenant_id_units_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pages_locales" ADD CONSTRAINT "pages_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_rels" ADD CONSTRAINT "pages_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_rels" ADD CONSTRAINT "pages_rels_documents_fk" FOREIGN KEY ("documents_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_hero" ADD CONSTRAINT "_pages_v_blocks_hero_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_hero" ADD CONSTRAINT "_pages_v_blocks_hero_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_hero_locales" ADD CONSTRAINT "_pages_v_blocks_hero_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_blocks_hero"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_head_message" ADD CONSTRAINT "_pages_v_blocks_head_message_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_head_message_locales" ADD CONSTRAINT "_pages_v_blocks_head_message_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_blocks_head_message"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_rich_text" ADD CONSTRAINT "_pages_v_blocks_rich_text_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_rich_text_locales" ADD CONSTRAINT "_pages_v_blocks_rich_text_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_blocks_rich_text"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_news_list" ADD CONSTRAINT "_pages_v_blocks_news_list_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_news_list_locales" ADD CONSTRAINT "_pages_v_blocks_news_list_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_blocks_news_list"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_executives_grid" ADD CONSTRAINT "_pages_v_blocks_executives_grid_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_executives_grid_locales" ADD CONSTRAINT "_pages_v_blocks_executives_grid_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_blocks_executives_grid"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_oit_menu" ADD CONSTRAINT "_pages_v_blocks_oit_menu_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_oit_menu_locales" ADD CONSTRAINT "_pages_v_blocks_oit_menu_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_blocks_oit_menu"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_documents_list" ADD CONSTRAINT "_pages_v_blocks_documents_list_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_documents_list_locales" ADD CONSTRAINT "_pages_v_blocks_documents_list_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_blocks_documents_list"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_e_service_links" ADD CONSTRAINT "_pages_v_blocks_e_service_links_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_e_service_links_locales" ADD CONSTRAINT "_pages_v_blocks_e_service_links_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_blocks_e_service_links"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_contact_card" ADD CONSTRAINT "_pages_v_blocks_contact_card_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_contact_card_locales" ADD CONSTRAINT "_pages_v_blocks_contact_card_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_blocks_contact_card"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_qr_code" ADD CONSTRAINT "_pages_v_blocks_qr_code_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_qr_code_locales" ADD CONSTRAINT "_pages_v_blocks_qr_code_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_blocks_qr_code"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_call_to_action" ADD CONSTRAINT "_pages_v_blocks_call_to_action_link_page_id_pages_id_fk" FOREIGN KEY ("link_page_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_call_to_action" ADD CONSTRAINT "_pages_v_blocks_call_to_action_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_call_to_action_locales" ADD CONSTRAINT "_pages_v_blocks_call_to_action_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_blocks_call_to_action"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v" ADD CONSTRAINT "_pages_v_parent_id_pages_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v" ADD CONSTRAINT "_pages_v_version_tenant_id_units_id_fk" FOREIGN KEY ("version_tenant_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v_locales" ADD CONSTRAINT "_pages_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_rels" ADD CONSTRAINT "_pages_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_rels" ADD CONSTRAINT "_pages_v_rels_documents_fk" FOREIGN KEY ("documents_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "units_menu_children_order_idx" ON "units_menu_children" USING btree ("_order");
  CREATE INDEX "units_menu_children_parent_id_idx" ON "units_menu_children" USING btree ("_parent_id");
  CREATE INDEX "units_menu_children_page_idx" ON "units_menu_children" USING btree ("page_id");
  CREATE UNIQUE INDEX "units_menu_children_locales_locale_parent_id_unique" ON "units_menu_children_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "units_menu_order_idx" ON "units_menu" USING btree ("_order");
  CREATE INDEX "units_menu_parent_id_idx" ON "units_menu" USING btree ("_parent_id");
  CREATE INDEX "units_menu_page_idx" ON "units_menu" USING btree ("page_id");
  CREATE UNIQUE INDEX "units_menu_locales_locale_parent_id_unique" ON "units_menu_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "pages_blocks_hero_order_idx" ON "pages_blocks_hero" USING btree ("_order");
  CREATE INDEX "pages_blocks_hero_parent_id_idx" ON "pages_blocks_hero" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_hero_path_idx" ON "pages_blocks_hero" USING btree ("_path");
  CREATE INDEX "pages_blocks_hero_image_idx" ON "pages_blocks_hero" USING btree ("image_id");
  CREATE UNIQUE INDEX "pages_blocks_hero_locales_locale_parent_id_unique" ON "pages_blocks_hero_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "pages_blocks_head_message_order_idx" ON "pages_blocks_head_message" USING btree ("_order");
  CREATE INDEX "pages_blocks_head_message_parent_id_idx" ON "pages_blocks_head_message" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_head_message_path_idx" ON "pages_blocks_head_message" USING btree ("_path");
  CREATE UNIQUE INDEX "pages_blocks_head_message_locales_locale_parent_id_unique" ON "pages_blocks_head_message_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "pages_blocks_rich_text_order_idx" ON "pages_blocks_rich_text" USING btree ("_order");
  CREATE INDEX "pages_blocks_rich_text_parent_id_idx" ON "pages_blocks_rich_text" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_rich_text_path_idx" ON "pages_blocks_rich_text" USING btree ("_path");
  CREATE UNIQUE INDEX "pages_blocks_rich_text_locales_locale_parent_id_unique" ON "pages_blocks_rich_text_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "pages_blocks_news_list_order_idx" ON "pages_blocks_news_list" USING btree ("_order");
  CREATE INDEX "pages_blocks_news_list_parent_id_idx" ON "pages_blocks_news_list" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_news_list_path_idx" ON "pages_blocks_news_list" USING btree ("_path");
  CREATE UNIQUE INDEX "pages_blocks_news_list_locales_locale_parent_id_unique" ON "pages_blocks_news_list_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "pages_blocks_executives_grid_order_idx" ON "pages_blocks_executives_grid" USING btree ("_order");
  CREATE INDEX "pages_blocks_executives_grid_parent_id_idx" ON "pages_blocks_executives_grid" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_executives_grid_path_idx" ON "pages_blocks_executives_grid" USING btree ("_path");
  CREATE UNIQUE INDEX "pages_blocks_executives_grid_locales_locale_parent_id_unique" ON "pages_blocks_executives_grid_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "pages_blocks_oit_menu_order_idx" ON "pages_blocks_oit_menu" USING btree ("_order");
  CREATE INDEX "pages_blocks_oit_menu_parent_id_idx" ON "pages_blocks_oit_menu" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_oit_menu_path_idx" ON "pages_blocks_oit_menu" USING btree ("_path");
  CREATE UNIQUE INDEX "pages_blocks_oit_menu_locales_locale_parent_id_unique" ON "pages_blocks_oit_menu_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "pages_blocks_documents_list_order_idx" ON "pages_blocks_documents_list" USING btree ("_order");
  CREATE INDEX "pages_blocks_documents_list_parent_id_idx" ON "pages_blocks_documents_list" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_documents_list_path_idx" ON "pages_blocks_documents_list" USING btree ("_path");
  CREATE UNIQUE INDEX "pages_blocks_documents_list_locales_locale_parent_id_unique" ON "pages_blocks_documents_list_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "pages_blocks_e_service_links_order_idx" ON "pages_blocks_e_service_links" USING btree ("_order");
  CREATE INDEX "pages_blocks_e_service_links_parent_id_idx" ON "pages_blocks_e_service_links" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_e_service_links_path_idx" ON "pages_blocks_e_service_links" USING btree ("_path");
  CREATE UNIQUE INDEX "pages_blocks_e_service_links_locales_locale_parent_id_unique" ON "pages_blocks_e_service_links_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "pages_blocks_contact_card_order_idx" ON "pages_blocks_contact_card" USING btree ("_order");
  CREATE INDEX "pages_blocks_contact_card_parent_id_idx" ON "pages_blocks_contact_card" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_contact_card_path_idx" ON "pages_blocks_contact_card" USING btree ("_path");
  CREATE UNIQUE INDEX "pages_blocks_contact_card_locales_locale_parent_id_unique" ON "pages_blocks_contact_card_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "pages_blocks_qr_code_order_idx" ON "pages_blocks_qr_code" USING btree ("_order");
  CREATE INDEX "pages_blocks_qr_code_parent_id_idx" ON "pages_blocks_qr_code" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_qr_code_path_idx" ON "pages_blocks_qr_code" USING btree ("_path");
  CREATE UNIQUE INDEX "pages_blocks_qr_code_locales_locale_parent_id_unique" ON "pages_blocks_qr_code_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "pages_blocks_call_to_action_order_idx" ON "pages_blocks_call_to_action" USING btree ("_order");
  CREATE INDEX "pages_blocks_call_to_action_parent_id_idx" ON "pages_blocks_call_to_action" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_call_to_action_path_idx" ON "pages_blocks_call_to_action" USING btree ("_path");
  CREATE INDEX "pages_blocks_call_to_action_link_link_page_idx" ON "pages_blocks_call_to_action" USING btree ("link_page_id");
  CREATE UNIQUE INDEX "pages_blocks_call_to_action_locales_locale_parent_id_unique" ON "pages_blocks_call_to_action_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "pages_tenant_idx" ON "pages" USING btree ("tenant_id");
  CREATE INDEX "pages_slug_idx" ON "pages" USING btree ("slug");
  CREATE INDEX "pages_updated_at_idx" ON "pages" USING btree ("updated_at");
  CREATE INDEX "pages_created_at_idx" ON "pages" USING btree ("created_at");
  CREATE INDEX "pages__status_idx" ON "pages" USING btree ("_status");
  CREATE UNIQUE INDEX "pages_locales_locale_parent_id_unique" ON "pages_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "pages_rels_order_idx" ON "pages_rels" USING btree ("order");
  CREATE INDEX "pages_rels_parent_idx" ON "pages_rels" USING btree ("parent_id");
  CREATE INDEX "pages_rels_path_idx" ON "pages_rels" USING btree ("path");
  CREATE INDEX "pages_rels_documents_id_idx" ON "pages_rels" USING btree ("documents_id");
  CREATE INDEX "_pages_v_blocks_hero_order_idx" ON "_pages_v_blocks_hero" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_hero_parent_id_idx" ON "_pages_v_blocks_hero" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_hero_path_idx" ON "_pages_v_blocks_hero" USING btree ("_path");
  CREATE INDEX "_pages_v_blocks_hero_image_idx" ON "_pages_v_blocks_hero" USING btree ("image_id");
  CREATE UNIQUE INDEX "_pages_v_blocks_hero_locales_locale_parent_id_unique" ON "_pages_v_blocks_hero_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_pages_v_blocks_head_message_order_idx" ON "_pages_v_blocks_head_message" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_head_message_parent_id_idx" ON "_pages_v_blocks_head_message" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_head_message_path_idx" ON "_pages_v_blocks_head_message" USING btree ("_path");
  CREATE UNIQUE INDEX "_pages_v_blocks_head_message_locales_locale_parent_id_unique" ON "_pages_v_blocks_head_message_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_pages_v_blocks_rich_text_order_idx" ON "_pages_v_blocks_rich_text" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_rich_text_parent_id_idx" ON "_pages_v_blocks_rich_text" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_rich_text_path_idx" ON "_pages_v_blocks_rich_text" USING btree ("_path");
  CREATE UNIQUE INDEX "_pages_v_blocks_rich_text_locales_locale_parent_id_unique" ON "_pages_v_blocks_rich_text_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_pages_v_blocks_news_list_order_idx" ON "_pages_v_blocks_news_list" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_news_list_parent_id_idx" ON "_pages_v_blocks_news_list" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_news_list_path_idx" ON "_pages_v_blocks_news_list" USING btree ("_path");
  CREATE UNIQUE INDEX "_pages_v_blocks_news_list_locales_locale_parent_id_unique" ON "_pages_v_blocks_news_list_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_pages_v_blocks_executives_grid_order_idx" ON "_pages_v_blocks_executives_grid" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_executives_grid_parent_id_idx" ON "_pages_v_blocks_executives_grid" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_executives_grid_path_idx" ON "_pages_v_blocks_executives_grid" USING btree ("_path");
  CREATE UNIQUE INDEX "_pages_v_blocks_executives_grid_locales_locale_parent_id_uni" ON "_pages_v_blocks_executives_grid_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_pages_v_blocks_oit_menu_order_idx" ON "_pages_v_blocks_oit_menu" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_oit_menu_parent_id_idx" ON "_pages_v_blocks_oit_menu" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_oit_menu_path_idx" ON "_pages_v_blocks_oit_menu" USING btree ("_path");
  CREATE UNIQUE INDEX "_pages_v_blocks_oit_menu_locales_locale_parent_id_unique" ON "_pages_v_blocks_oit_menu_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_pages_v_blocks_documents_list_order_idx" ON "_pages_v_blocks_documents_list" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_documents_list_parent_id_idx" ON "_pages_v_blocks_documents_list" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_documents_list_path_idx" ON "_pages_v_blocks_documents_list" USING btree ("_path");
  CREATE UNIQUE INDEX "_pages_v_blocks_documents_list_locales_locale_parent_id_uniq" ON "_pages_v_blocks_documents_list_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_pages_v_blocks_e_service_links_order_idx" ON "_pages_v_blocks_e_service_links" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_e_service_links_parent_id_idx" ON "_pages_v_blocks_e_service_links" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_e_service_links_path_idx" ON "_pages_v_blocks_e_service_links" USING btree ("_path");
  CREATE UNIQUE INDEX "_pages_v_blocks_e_service_links_locales_locale_parent_id_uni" ON "_pages_v_blocks_e_service_links_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_pages_v_blocks_contact_card_order_idx" ON "_pages_v_blocks_contact_card" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_contact_card_parent_id_idx" ON "_pages_v_blocks_contact_card" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_contact_card_path_idx" ON "_pages_v_blocks_contact_card" USING btree ("_path");
  CREATE UNIQUE INDEX "_pages_v_blocks_contact_card_locales_locale_parent_id_unique" ON "_pages_v_blocks_contact_card_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_pages_v_blocks_qr_code_order_idx" ON "_pages_v_blocks_qr_code" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_qr_code_parent_id_idx" ON "_pages_v_blocks_qr_code" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_qr_code_path_idx" ON "_pages_v_blocks_qr_code" USING btree ("_path");
  CREATE UNIQUE INDEX "_pages_v_blocks_qr_code_locales_locale_parent_id_unique" ON "_pages_v_blocks_qr_code_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_pages_v_blocks_call_to_action_order_idx" ON "_pages_v_blocks_call_to_action" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_call_to_action_parent_id_idx" ON "_pages_v_blocks_call_to_action" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_call_to_action_path_idx" ON "_pages_v_blocks_call_to_action" USING btree ("_path");
  CREATE INDEX "_pages_v_blocks_call_to_action_link_link_page_idx" ON "_pages_v_blocks_call_to_action" USING btree ("link_page_id");
  CREATE UNIQUE INDEX "_pages_v_blocks_call_to_action_locales_locale_parent_id_uniq" ON "_pages_v_blocks_call_to_action_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_pages_v_parent_idx" ON "_pages_v" USING btree ("parent_id");
  CREATE INDEX "_pages_v_version_version_tenant_idx" ON "_pages_v" USING btree ("version_tenant_id");
  CREATE INDEX "_pages_v_version_version_slug_idx" ON "_pages_v" USING btree ("version_slug");
  CREATE INDEX "_pages_v_version_version_updated_at_idx" ON "_pages_v" USING btree ("version_updated_at");
  CREATE INDEX "_pages_v_version_version_created_at_idx" ON "_pages_v" USING btree ("version_created_at");
  CREATE INDEX "_pages_v_version_version__status_idx" ON "_pages_v" USING btree ("version__status");
  CREATE INDEX "_pages_v_created_at_idx" ON "_pages_v" USING btree ("created_at");
  CREATE INDEX "_pages_v_updated_at_idx" ON "_pages_v" USING btree ("updated_at");
  CREATE INDEX "_pages_v_snapshot_idx" ON "_pages_v" USING btree ("snapshot");
  CREATE INDEX "_pages_v_published_locale_idx" ON "_pages_v" USING btree ("published_locale");
  CREATE INDEX "_pages_v_latest_idx" ON "_pages_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_pages_v_locales_locale_parent_id_unique" ON "_pages_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_pages_v_rels_order_idx" ON "_pages_v_rels" USING btree ("order");
  CREATE INDEX "_pages_v_rels_parent_idx" ON "_pages_v_rels" USING btree ("parent_id");
  CREATE INDEX "_pages_v_rels_path_idx" ON "_pages_v_rels" USING btree ("path");
  CREATE INDEX "_pages_v_rels_documents_id_idx" ON "_pages_v_rels" USING btree ("documents_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_pages_fk" FOREIGN KEY ("pages_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "laws_search_text_idx" ON "laws_locales" USING btree ("search_text","_locale");
  CREATE INDEX "_laws_v_version_version_search_text_idx" ON "_laws_v_locales" USING btree ("version_search_text","_locale");
  CREATE INDEX "payload_locked_documents_rels_pages_id_idx" ON "payload_locked_documents_rels" USING btree ("pages_id");
  -- The search text becomes per language: each language starts from the one value kept so far (re-saving a law recomputes it).
  UPDATE "laws_locales" SET "search_text" = "laws"."search_text" FROM "laws" WHERE "laws_locales"."_parent_id" = "laws"."id";
  UPDATE "_laws_v_locales" SET "version_search_text" = "_laws_v"."version_search_text" FROM "_laws_v" WHERE "_laws_v_locales"."_parent_id" = "_laws_v"."id";
  ALTER TABLE "laws" DROP COLUMN "search_text";
  ALTER TABLE "_laws_v" DROP COLUMN "version_search_text";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "units_menu_children" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "units_menu_children_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "units_menu" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "units_menu_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_hero" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_hero_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_head_message" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_head_message_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_rich_text" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_rich_text_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_news_list" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_news_list_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_executives_grid" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_executives_grid_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_oit_menu" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_oit_menu_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_documents_list" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_documents_list_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_e_service_links" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_e_service_links_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_contact_card" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_contact_card_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_qr_code" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_qr_code_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_call_to_action" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_call_to_action_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_hero" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_hero_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_head_message" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_head_message_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_rich_text" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_rich_text_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_news_list" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_news_list_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_executives_grid" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_executives_grid_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_oit_menu" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_oit_menu_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_documents_list" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_documents_list_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_e_service_links" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_e_service_links_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_contact_card" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_contact_card_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_qr_code" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_qr_code_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_call_to_action" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_call_to_action_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "units_menu_children" CASCADE;
  DROP TABLE "units_menu_children_locales" CASCADE;
  DROP TABLE "units_menu" CASCADE;
  DROP TABLE "units_menu_locales" CASCADE;
  DROP TABLE "pages_blocks_hero" CASCADE;
  DROP TABLE "pages_blocks_hero_locales" CASCADE;
  DROP TABLE "pages_blocks_head_message" CASCADE;
  DROP TABLE "pages_blocks_head_message_locales" CASCADE;
  DROP TABLE "pages_blocks_rich_text" CASCADE;
  DROP TABLE "pages_blocks_rich_text_locales" CASCADE;
  DROP TABLE "pages_blocks_news_list" CASCADE;
  DROP TABLE "pages_blocks_news_list_locales" CASCADE;
  DROP TABLE "pages_blocks_executives_grid" CASCADE;
  DROP TABLE "pages_blocks_executives_grid_locales" CASCADE;
  DROP TABLE "pages_blocks_oit_menu" CASCADE;
  DROP TABLE "pages_blocks_oit_menu_locales" CASCADE;
  DROP TABLE "pages_blocks_documents_list" CASCADE;
  DROP TABLE "pages_blocks_documents_list_locales" CASCADE;
  DROP TABLE "pages_blocks_e_service_links" CASCADE;
  DROP TABLE "pages_blocks_e_service_links_locales" CASCADE;
  DROP TABLE "pages_blocks_contact_card" CASCADE;
  DROP TABLE "pages_blocks_contact_card_locales" CASCADE;
  DROP TABLE "pages_blocks_qr_code" CASCADE;
  DROP TABLE "pages_blocks_qr_code_locales" CASCADE;
  DROP TABLE "pages_blocks_call_to_action" CASCADE;
  DROP TABLE "pages_blocks_call_to_action_locales" CASCADE;
  DROP TABLE "pages" CASCADE;
  DROP TABLE "pages_locales" CASCADE;
  DROP TABLE "pages_rels" CASCADE;
  DROP TABLE "_pages_v_blocks_hero" CASCADE;
  DROP TABLE "_pages_v_blocks_hero_locales" CASCADE;
  DROP TABLE "_pages_v_blocks_head_message" CASCADE;
  DROP TABLE "_pages_v_blocks_head_message_locales" CASCADE;
  DROP TABLE "_pages_v_blocks_rich_text" CASCADE;
  DROP TABLE "_pages_v_blocks_rich_text_locales" CASCADE;
  DROP TABLE "_pages_v_blocks_news_list" CASCADE;
  DROP TABLE "_pages_v_blocks_news_list_locales" CASCADE;
  DROP TABLE "_pages_v_blocks_executives_grid" CASCADE;
  DROP TABLE "_pages_v_blocks_executives_grid_locales" CASCADE;
  DROP TABLE "_pages_v_blocks_oit_menu" CASCADE;
  DROP TABLE "_pages_v_blocks_oit_menu_locales" CASCADE;
  DROP TABLE "_pages_v_blocks_documents_list" CASCADE;
  DROP TABLE "_pages_v_blocks_documents_list_locales" CASCADE;
  DROP TABLE "_pages_v_blocks_e_service_links" CASCADE;
  DROP TABLE "_pages_v_blocks_e_service_links_locales" CASCADE;
  DROP TABLE "_pages_v_blocks_contact_card" CASCADE;
  DROP TABLE "_pages_v_blocks_contact_card_locales" CASCADE;
  DROP TABLE "_pages_v_blocks_qr_code" CASCADE;
  DROP TABLE "_pages_v_blocks_qr_code_locales" CASCADE;
  DROP TABLE "_pages_v_blocks_call_to_action" CASCADE;
  DROP TABLE "_pages_v_blocks_call_to_action_locales" CASCADE;
  DROP TABLE "_pages_v" CASCADE;
  DROP TABLE "_pages_v_locales" CASCADE;
  DROP TABLE "_pages_v_rels" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_pages_fk";
  
  DROP INDEX "laws_search_text_idx";
  DROP INDEX "_laws_v_version_version_search_text_idx";
  DROP INDEX "payload_locked_documents_rels_pages_id_idx";
  ALTER TABLE "laws" ADD COLUMN "search_text" varchar;
  ALTER TABLE "_laws_v" ADD COLUMN "version_search_text" varchar;
  CREATE INDEX "laws_search_text_idx" ON "laws" USING btree ("search_text");
  CREATE INDEX "_laws_v_version_version_search_text_idx" ON "_laws_v" USING btree ("version_search_text");
  ALTER TABLE "units_locales" DROP COLUMN "head_message";
  ALTER TABLE "laws_locales" DROP COLUMN "search_text";
  ALTER TABLE "_laws_v_locales" DROP COLUMN "version_search_text";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "pages_id";
  DROP TYPE "public"."enum_units_menu_children_kind";
  DROP TYPE "public"."enum_units_menu_children_route";
  DROP TYPE "public"."enum_units_menu_kind";
  DROP TYPE "public"."enum_units_menu_route";
  DROP TYPE "public"."enum_pages_blocks_news_list_tag";
  DROP TYPE "public"."enum_pages_blocks_qr_code_target";
  DROP TYPE "public"."enum_pages_blocks_call_to_action_link_kind";
  DROP TYPE "public"."enum_pages_blocks_call_to_action_link_route";
  DROP TYPE "public"."enum_pages_status";
  DROP TYPE "public"."enum__pages_v_blocks_news_list_tag";
  DROP TYPE "public"."enum__pages_v_blocks_qr_code_target";
  DROP TYPE "public"."enum__pages_v_blocks_call_to_action_link_kind";
  DROP TYPE "public"."enum__pages_v_blocks_call_to_action_link_route";
  DROP TYPE "public"."enum__pages_v_version_status";
  DROP TYPE "public"."enum__pages_v_published_locale";`)
}
