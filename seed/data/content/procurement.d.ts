import type { ProcurementSummary } from '../../../src/payload-types';
import { type AnyDocSpec } from '../../lib/spec';
import { type DemoMonth } from './calendar';
import { type UnitProfile } from './profile';
type Method = NonNullable<NonNullable<ProcurementSummary['rows']>[number]['method']>;
export type Purchase = {
    item: string;
    budget: number;
    referencePrice: number;
    method: Method;
    /** Bidders and their prices; the lowest wins. */
    bids: [name: string, price: number][];
    /** Day of the month the contract or agreement was signed. */
    contractDay: number;
};
export type ProcurementMonth = {
    month: DemoMonth;
    purchases: Purchase[];
};
export declare function procurementDocs(unit: UnitProfile, months: ProcurementMonth[]): AnyDocSpec[];
export {};
