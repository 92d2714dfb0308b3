import type { MigrateUpArgs, MigrateDownArgs} from '@payloadcms/db-postgres';
import { sql } from '@payloadcms/db-postgres'

/** The values that are one per unit (and period), made unique indexes below. */
const ONE_PER_UNIT: [table: string, columns: string[]][] = [
  ['org_structures', ['tenant_id', 'fiscal_year']],
  ['monthly_reports', ['tenant_id', 'month']],
  ['crime_statistics', ['tenant_id', 'month']],
  ['checkpoint_statistics', ['tenant_id', 'month']],
  ['budget_reports', ['tenant_id', 'fiscal_year']],
  ['investigation_fund_reports', ['tenant_id', 'fiscal_year']],
  ['procurement_summaries', ['tenant_id', 'month']],
  ['complaint_statistics', ['tenant_id', 'month']],
  ['risk_assessments', ['tenant_id', 'fiscal_year']],
  ['risk_reports', ['tenant_id', 'fiscal_year']],
  ['measure_reports', ['tenant_id', 'fiscal_year']],
  ['oit_assignments', ['tenant_id', 'item', 'fiscal_year']],
  ['pages', ['tenant_id', 'slug']],
]

/**
 * Duplicates saved before the constraint existed would stop the migration with a bare "could not
 * create unique index": list them all, so that an administrator can merge or delete them first.
 */
async function refuseExistingDuplicates({ db }: MigrateUpArgs): Promise<void> {
  const found: string[] = []
  for (const [table, columns] of ONE_PER_UNIT) {
    const list = columns.map((column) => `"${column}"`).join(', ')
    const { rows } = await db.execute(sql.raw(`select ${list}, string_agg(id::text, ', ' order by id) as ids from "${table}" group by ${list} having count(*) > 1`))
    for (const row of rows) found.push(`${table}: ${columns.map((column) => `${column}=${row[column]}`).join(' ')} → ids ${row.ids}`)
  }
  if (found.length)
    throw new Error(
      `พบเอกสารซ้ำ ${found.length} ชุด ต้องรวมหรือลบก่อนจึงจะบังคับ "หนึ่งฉบับต่อหน่วยงานและช่วงเวลา" ได้ / ` +
        `${found.length} sets of duplicates must be merged or deleted before "one per unit and period" can be enforced:\n${found.join('\n')}`,
    )
}

export async function up(args: MigrateUpArgs): Promise<void> {
  const { db } = args
  await refuseExistingDuplicates(args)
  await db.execute(sql`
   DROP INDEX "tenant_fiscalYear_item_idx";
  CREATE UNIQUE INDEX "tenant_fiscalYear_idx" ON "org_structures" USING btree ("tenant_id","fiscal_year");
  CREATE INDEX "version_tenant_version_fiscalYear_idx" ON "_org_structures_v" USING btree ("version_tenant_id","version_fiscal_year");
  CREATE UNIQUE INDEX "tenant_month_idx" ON "monthly_reports" USING btree ("tenant_id","month");
  CREATE INDEX "version_tenant_version_month_idx" ON "_monthly_reports_v" USING btree ("version_tenant_id","version_month");
  CREATE UNIQUE INDEX "tenant_month_1_idx" ON "crime_statistics" USING btree ("tenant_id","month");
  CREATE INDEX "version_tenant_version_month_1_idx" ON "_crime_statistics_v" USING btree ("version_tenant_id","version_month");
  CREATE UNIQUE INDEX "tenant_month_2_idx" ON "checkpoint_statistics" USING btree ("tenant_id","month");
  CREATE INDEX "version_tenant_version_month_2_idx" ON "_checkpoint_statistics_v" USING btree ("version_tenant_id","version_month");
  CREATE UNIQUE INDEX "tenant_fiscalYear_1_idx" ON "budget_reports" USING btree ("tenant_id","fiscal_year");
  CREATE INDEX "version_tenant_version_fiscalYear_1_idx" ON "_budget_reports_v" USING btree ("version_tenant_id","version_fiscal_year");
  CREATE UNIQUE INDEX "tenant_fiscalYear_2_idx" ON "investigation_fund_reports" USING btree ("tenant_id","fiscal_year");
  CREATE INDEX "version_tenant_version_fiscalYear_2_idx" ON "_investigation_fund_reports_v" USING btree ("version_tenant_id","version_fiscal_year");
  CREATE UNIQUE INDEX "tenant_month_3_idx" ON "procurement_summaries" USING btree ("tenant_id","month");
  CREATE INDEX "version_tenant_version_month_3_idx" ON "_procurement_summaries_v" USING btree ("version_tenant_id","version_month");
  CREATE UNIQUE INDEX "tenant_month_4_idx" ON "complaint_statistics" USING btree ("tenant_id","month");
  CREATE INDEX "version_tenant_version_month_4_idx" ON "_complaint_statistics_v" USING btree ("version_tenant_id","version_month");
  CREATE UNIQUE INDEX "tenant_fiscalYear_3_idx" ON "risk_assessments" USING btree ("tenant_id","fiscal_year");
  CREATE INDEX "version_tenant_version_fiscalYear_3_idx" ON "_risk_assessments_v" USING btree ("version_tenant_id","version_fiscal_year");
  CREATE UNIQUE INDEX "tenant_fiscalYear_4_idx" ON "risk_reports" USING btree ("tenant_id","fiscal_year");
  CREATE INDEX "version_tenant_version_fiscalYear_4_idx" ON "_risk_reports_v" USING btree ("version_tenant_id","version_fiscal_year");
  CREATE UNIQUE INDEX "tenant_fiscalYear_5_idx" ON "measure_reports" USING btree ("tenant_id","fiscal_year");
  CREATE INDEX "version_tenant_version_fiscalYear_5_idx" ON "_measure_reports_v" USING btree ("version_tenant_id","version_fiscal_year");
  CREATE UNIQUE INDEX "tenant_item_fiscalYear_idx" ON "oit_assignments" USING btree ("tenant_id","item","fiscal_year");
  CREATE UNIQUE INDEX "tenant_slug_idx" ON "pages" USING btree ("tenant_id","slug");
  CREATE INDEX "version_tenant_version_slug_idx" ON "_pages_v" USING btree ("version_tenant_id","version_slug");`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "tenant_fiscalYear_idx";
  DROP INDEX "version_tenant_version_fiscalYear_idx";
  DROP INDEX "tenant_month_idx";
  DROP INDEX "version_tenant_version_month_idx";
  DROP INDEX "tenant_month_1_idx";
  DROP INDEX "version_tenant_version_month_1_idx";
  DROP INDEX "tenant_month_2_idx";
  DROP INDEX "version_tenant_version_month_2_idx";
  DROP INDEX "tenant_fiscalYear_1_idx";
  DROP INDEX "version_tenant_version_fiscalYear_1_idx";
  DROP INDEX "tenant_fiscalYear_2_idx";
  DROP INDEX "version_tenant_version_fiscalYear_2_idx";
  DROP INDEX "tenant_month_3_idx";
  DROP INDEX "version_tenant_version_month_3_idx";
  DROP INDEX "tenant_month_4_idx";
  DROP INDEX "version_tenant_version_month_4_idx";
  DROP INDEX "tenant_fiscalYear_3_idx";
  DROP INDEX "version_tenant_version_fiscalYear_3_idx";
  DROP INDEX "tenant_fiscalYear_4_idx";
  DROP INDEX "version_tenant_version_fiscalYear_4_idx";
  DROP INDEX "tenant_fiscalYear_5_idx";
  DROP INDEX "version_tenant_version_fiscalYear_5_idx";
  DROP INDEX "tenant_item_fiscalYear_idx";
  DROP INDEX "tenant_slug_idx";
  DROP INDEX "version_tenant_version_slug_idx";
  CREATE UNIQUE INDEX "tenant_fiscalYear_item_idx" ON "oit_assignments" USING btree ("tenant_id","fiscal_year","item");`)
}
