/** A unit's own web pages, built from blocks (the "about" page the standard menu links to). */
import { type AnyDocSpec } from '../../lib/spec';
import type { UnitProfile } from './profile';
export declare const aboutPageDoc: (unit: UnitProfile, history: {
    th: string[];
    en: string[];
}, vision: {
    th: string;
    en: string;
}) => AnyDocSpec;
