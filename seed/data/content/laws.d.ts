/** O3: laws the units enforce and the practice guidelines, by shared category (src/catalogue/lawCategories.ts). */
import type { Law } from '../../../src/payload-types';
type LawData = {
    category: string;
    kind: NonNullable<Law['kind']>;
    title: {
        th: string;
        en: string;
    };
    year?: number;
    summary: string;
    /** A link to the official text; without one the unit publishes its own PDF. */
    link?: string;
};
/** Stations: traffic law and the five practice-guideline categories the station checklist names. */
export declare const stationLaws: LawData[];
/** Provincial immigration: the laws the public must know first (no station guidelines in its checklist). */
export declare const immigrationLaws: LawData[];
export declare const lawDocs: (laws: LawData[]) => import("../../lib/spec").AnyDocSpec[];
export {};
