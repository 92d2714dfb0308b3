export type DemoMonth = {
    /** CE year and month (1–12). */
    year: number;
    month: number;
    /** Position in the window, October = 0. */
    index: number;
    /** First day of the month, noon UTC: the `month` field's stored value. */
    iso: string;
    th: string;
    en: string;
};
/** A calendar day stored like the admin's day picker does (noon UTC). */
export declare const day: (year: number, month: number, date: number) => string;
/** The first `count` months of a fiscal year (BE), October first. */
export declare const monthsOf: (fiscalYear: number, count?: number) => DemoMonth[];
/** A day within a demo month. */
export declare const dayIn: (month: DemoMonth, date: number) => string;
/** Deterministic variation for generated figures: a whole number in [min, max] from a seed. */
export declare const vary: (seed: number, min: number, max: number) => number;
