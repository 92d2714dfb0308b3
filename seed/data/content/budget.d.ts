/** O12 spending plan and six-month report by source of allocation; O13 investigation and inquiry fund. */
import type { InvestigationFundReport } from '../../../src/payload-types';
import { type UnitProfile } from './profile';
export type BudgetSource = {
    source: string;
    allocated: number;
    plan: [number, number, number, number];
    spent: [number, number];
};
export declare const budgetReportDoc: (unit: UnitProfile, sources: BudgetSource[], problems: string, reportedOn: string, status?: "draft") => import("../../lib/spec").AnyDocSpec;
type Period = NonNullable<InvestigationFundReport['spending']>[number]['period'];
export type FundRow = {
    period: Period;
    cases: number;
    amount: number;
};
export declare const investigationFundDoc: (unit: UnitProfile, allocated: number, spending: FundRow[], notes: string) => import("../../lib/spec").AnyDocSpec;
export {};
