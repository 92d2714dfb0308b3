import type { Payload } from 'payload';
/** Creates whatever demo content is missing for the units in `unitIDs` (slug → id); returns how many records. */
export declare function seedContent(payload: Payload, unitIDs: Map<string, number>): Promise<number>;
