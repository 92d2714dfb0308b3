import type { Payload } from 'payload';
/** Development start-up: an empty database gets the demo units, users and content (the plugin has installed the frameworks). */
export declare function seedOnInit(payload: Payload): Promise<void>;
