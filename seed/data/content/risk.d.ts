/** O20 bribery-risk register (every line of work) and O21 results of its measures, with photos. */
import type { LineOfWork } from '../../../src/fields/options';
import { type UnitProfile } from './profile';
type Risk = {
    line: LineOfWork;
    process: string;
    issue: string;
    controls: string;
    likelihood: number;
    impact: number;
    mitigation: string;
    indicator: string;
    /** What was done in the first six months (O21). */
    result: string;
};
export declare const stationRisks: Risk[];
export declare const immigrationRisks: Risk[];
export declare const riskAssessmentDoc: (unit: UnitProfile, risks: Risk[]) => import("../../lib/spec").AnyDocSpec;
export declare const riskReportDoc: (unit: UnitProfile, risks: Risk[]) => import("../../lib/spec").AnyDocSpec;
export {};
