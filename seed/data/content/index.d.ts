/** The demo content of every unit, in seeding order. */
import type { UnitContent } from '../../lib/spec';
export declare const demoContent: UnitContent[];
