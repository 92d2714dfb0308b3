import type { Payload } from 'payload';
/** Creates whatever part of the demo is missing; an existing record is left exactly as it is. */
export declare function seedDemo(payload: Payload): Promise<{
    created: number;
}>;
