/** O1 executives and structure, O2 authority and area. */
import type { LineOfWork } from '../../../src/fields/options';
import type { Block } from '../../../src/content/richText';
import { type Person, type UnitProfile } from './profile';
export type ExecutiveData = Person & {
    line: LineOfWork;
    phone: string;
    since: string;
};
export declare const executiveDocs: (people: ExecutiveData[]) => import("../../lib/spec").AnyDocSpec[];
export type ManpowerRow = {
    group: {
        th: string;
        en: string;
    };
    allotted: number;
    actual: number;
};
export declare const orgStructureDoc: (unit: UnitProfile, asOf: string, manpower: ManpowerRow[]) => import("../../lib/spec").AnyDocSpec;
export type AreaRow = {
    district: string;
    subdistrict: string;
    population: number;
};
export declare const authorityDoc: (unit: UnitProfile, preparedMonth: string, mission: Block[], area: AreaRow[]) => import("../../lib/spec").AnyDocSpec;
