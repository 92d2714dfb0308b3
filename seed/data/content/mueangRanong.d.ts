/** Station A, สภ.เมืองระนอง: a complete FY2568 (every item O1–O25, all six months of the monthly items). */
import type { UnitContent } from '../../lib/spec';
import type { UnitProfile } from './profile';
export declare const unit: UnitProfile;
export declare const mueangRanong: UnitContent;
