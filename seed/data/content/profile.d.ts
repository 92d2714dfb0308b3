/** What the content templates need to know about a demo unit. */
import { type LineOfWork } from '../../../src/fields/options';
import type { Executive } from '../../../src/payload-types';
import type { ImageSpec } from '../../lib/spec';
export type Rank = NonNullable<Executive['rank']>;
export type Person = {
    rank: Rank;
    first: {
        th: string;
        en: string;
    };
    last: {
        th: string;
        en: string;
    };
    position: {
        th: string;
        en: string;
    };
};
export type UnitProfile = {
    slug: string;
    kind: 'station' | 'immigration';
    fiscalYear: number;
    name: {
        th: string;
        en: string;
    };
    short: {
        th: string;
        en: string;
    };
    head: Person;
    /** The lines of work the unit's checklist names, in order. */
    lines: LineOfWork[];
    phone: string;
    website: string;
    facebook: string;
};
export declare const fullName: (person: Person, locale?: "th" | "en") => string;
export declare const headName: (unit: UnitProfile) => {
    th: string;
    en: string;
};
export declare const lineName: (line: LineOfWork) => {
    readonly th: "ภาพรวมหน่วยงาน";
    readonly en: "Whole unit";
} | {
    readonly th: "งานอำนวยการ";
    readonly en: "Administration";
} | {
    readonly th: "งานป้องกันปราบปราม";
    readonly en: "Crime prevention and suppression";
} | {
    readonly th: "งานจราจร";
    readonly en: "Traffic";
} | {
    readonly th: "งานสืบสวน";
    readonly en: "Investigation";
} | {
    readonly th: "งานสอบสวน";
    readonly en: "Inquiry";
} | {
    readonly th: "งานสืบสวนปราบปราม";
    readonly en: "Investigation and suppression";
} | {
    readonly th: "งานตรวจบุคคลและพาหนะ";
    readonly en: "Inspection of persons and vehicles";
} | {
    readonly th: "งานบริการคนต่างด้าว (บคด.)";
    readonly en: "Services for foreigners";
};
/** One stock activity photo per line of work, shared by the monthly reports and the risk report (keeps uploads few). */
export declare const linePhoto: (unit: UnitProfile, line: LineOfWork) => ImageSpec;
