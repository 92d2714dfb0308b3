/** O8 operating manuals for staff (every line of work) and O9 service manuals for citizens (grouped by line). */
import type { LineOfWork } from '../../../src/fields/options';
import type { Manual } from '../../../src/payload-types';
import { type UnitProfile } from './profile';
type ManualData = {
    audience: Manual['audience'];
    line: LineOfWork;
    title: {
        th: string;
        en: string;
    };
    description: {
        th: string;
        en?: string;
    };
    languages?: NonNullable<Manual['languages']>;
};
export declare const stationManuals: ManualData[];
export declare const immigrationManuals: ManualData[];
export declare const manualDocs: (unit: UnitProfile, manuals: ManualData[]) => import("../../lib/spec").AnyDocSpec[];
export {};
