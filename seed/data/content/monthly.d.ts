/** O7: the monthly performance report, one per month, each activity with its period, section and photos. */
import type { LineOfWork } from '../../../src/fields/options';
import { type DemoMonth } from './calendar';
import { type UnitProfile } from './profile';
export type ActivityData = {
    title: string;
    details: string;
    days: [start: number, end: number];
    line: LineOfWork;
};
export type MonthlyData = {
    month: DemoMonth;
    summary: string;
    activities: ActivityData[];
    status?: 'draft';
};
export declare const monthlyReportDocs: (unit: UnitProfile, reports: MonthlyData[]) => import("../../lib/spec").AnyDocSpec[];
