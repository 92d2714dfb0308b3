import type { UnitProfile } from './profile';
export declare const eServiceDocs: (unit: UnitProfile) => import("../../lib/spec").AnyDocSpec[];
