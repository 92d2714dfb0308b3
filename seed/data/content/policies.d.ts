/** O16 HR criteria, O18 anti-bribery policy (Thai and English), O22 ethics, O23 assets and evidence, O24 measures. */
import type { Policy } from '../../../src/payload-types';
import type { Block } from '../../../src/content/richText';
import { type UnitProfile } from './profile';
type PolicyType = Policy['type'];
type PolicyData = {
    type: PolicyType;
    title: {
        th: string;
        en: string;
    };
    body: {
        th: Block[];
        en?: Block[];
    };
    announcedOn: string;
    status?: 'draft';
};
export declare const policyDocs: (unit: UnitProfile, announcedOn: string, overrides?: Partial<Record<PolicyType, Partial<PolicyData>>>) => import("../../lib/spec").AnyDocSpec[];
export {};
