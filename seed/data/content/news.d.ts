/** O6 performance news, ITA and EIT news; O19 news of the head's integrity activities (tag `head-participation`). */
import type { News } from '../../../src/payload-types';
import type { ImageKind } from '../../lib/images';
import { type RichSource, type Text } from '../../lib/spec';
import type { UnitProfile } from './profile';
export type NewsData = {
    title: Text;
    date: string;
    tags: NonNullable<News['tags']>;
    summary: string;
    body: RichSource;
    photo: ImageKind;
    /** Alt text of the photos when the title must not appear on them (images are public even for drafts). */
    photoAlt?: string;
    /** Extra photos in the gallery. */
    gallery?: number;
    status?: 'draft';
};
export declare const newsDocs: (unit: UnitProfile, items: NewsData[]) => import("../../lib/spec").AnyDocSpec[];
