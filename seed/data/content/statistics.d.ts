import { type DemoMonth } from './calendar';
import type { UnitProfile } from './profile';
export declare const crimeStatisticDocs: (unit: UnitProfile, months: DemoMonth[], scale?: number) => import("../../lib/spec").AnyDocSpec[];
/** December carries the New Year "7 dangerous days" campaign: more checkpoints and officers. */
export declare const checkpointStatisticDocs: (unit: UnitProfile, months: DemoMonth[]) => import("../../lib/spec").AnyDocSpec[];
/** A month's complaint figures, or `'none'` for the "ไม่มีเรื่องร้องเรียน" declaration. */
export type ComplaintMonth = {
    month: DemoMonth;
    figures: 'none' | {
        received: number;
        completed: number;
        inProgress: number;
    };
    notes?: string;
};
export declare const complaintStatisticDocs: (unit: UnitProfile, months: ComplaintMonth[]) => import("../../lib/spec").AnyDocSpec[];
