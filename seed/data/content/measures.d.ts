import { type DemoMonth } from './calendar';
import type { UnitProfile } from './profile';
export declare const measureReportDoc: (unit: UnitProfile, months: DemoMonth[], bilingualSigns?: boolean) => import("../../lib/spec").AnyDocSpec;
export declare const actionPlanDocs: (unit: UnitProfile, months: DemoMonth[]) => import("../../lib/spec").AnyDocSpec[];
