/** O4: the station's police administration monitoring committee (กต.ตร.) and its six-month results. */
import type { CommitteeMember } from '../../../src/payload-types';
import { type DemoMonth } from './calendar';
import type { UnitProfile } from './profile';
export type MemberData = {
    name: string;
    position: NonNullable<CommitteeMember['committeePosition']>;
    occupation: string;
    since: string;
};
export declare const committeeMemberDocs: (members: MemberData[]) => import("../../lib/spec").AnyDocSpec[];
export type MeetingData = {
    month: DemoMonth;
    date: number;
    topic: string;
    outcome: string;
};
export declare const committeeReportDoc: (unit: UnitProfile, meetings: MeetingData[]) => import("../../lib/spec").AnyDocSpec;
