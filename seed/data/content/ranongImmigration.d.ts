/** ตม.จว.ระนอง: its framework is FY2567 (24 items, no committee, no checkpoint statistics), months Oct 2023–Mar 2024. */
import type { UnitContent } from '../../lib/spec';
import type { UnitProfile } from './profile';
export declare const unit: UnitProfile;
export declare const ranongImmigration: UnitContent;
