/**
 * O4: the station's police administration monitoring committee (กต.ตร.) and its six-month results.
 */
import type { CommitteeMember } from '../../../src/payload-types'
import { doc } from '../../lib/spec'
import { type DemoMonth, dayIn } from './calendar'
import type { UnitProfile } from './profile'

export type MemberData = {
  name: string
  position: NonNullable<CommitteeMember['committeePosition']>
  occupation: string
  since: string
}

export const committeeMemberDocs = (members: MemberData[]) =>
  members.map((member, index) =>
    doc({
      collection: 'committee-members',
      key: { name: { equals: member.name } },
      build: async ({ image }) => ({
        name: member.name,
        photo: await image({ kind: 'portrait', alt: `รูปถ่าย ${member.name} กรรมการ กต.ตร.` }),
        committeePosition: member.position,
        occupation: member.occupation,
        order: index + 1,
        termStart: member.since,
      }),
    }),
  )

export type MeetingData = { month: DemoMonth; date: number; topic: string; outcome: string }

export const committeeReportDoc = (unit: UnitProfile, meetings: MeetingData[]) =>
  doc({
    collection: 'committee-reports',
    key: { fiscalYear: { equals: unit.fiscalYear } },
    build: async ({ rich, image }) => ({
      fiscalYear: unit.fiscalYear,
      role: rich([
        `คณะกรรมการตรวจสอบและติดตามการบริหารงานตำรวจ (กต.ตร.) ${unit.short.th} แต่งตั้งตามพระราชบัญญัติตำรวจแห่งชาติ พ.ศ. 2565 มีอำนาจหน้าที่ดังนี้`,
        {
          ol: [
            'ตรวจสอบและติดตามการปฏิบัติงานของสถานีตำรวจให้เป็นไปตามกฎหมาย และเสนอแนะแนวทางแก้ไขต่อผู้บังคับบัญชา',
            'รับฟังความคิดเห็นและข้อร้องเรียนของประชาชนเกี่ยวกับการปฏิบัติหน้าที่ของเจ้าหน้าที่ตำรวจ',
            'ประเมินความพึงพอใจของประชาชนต่อการให้บริการของสถานีตำรวจ',
            'ส่งเสริมความร่วมมือระหว่างตำรวจกับชุมชนในการป้องกันอาชญากรรมและแก้ไขปัญหาในพื้นที่',
          ],
        },
      ]),
      results: rich([
        `ในรอบ 6 เดือนแรกของปีงบประมาณ พ.ศ. ${unit.fiscalYear} (ตุลาคม–มีนาคม) กต.ตร. ${unit.short.th} ประชุม ${meetings.length} ครั้ง และดำเนินการดังนี้`,
        {
          ul: meetings.map(
            (meeting) => `${meeting.month.th}: ${meeting.topic} — ${meeting.outcome}`,
          ),
        },
        'ข้อร้องเรียนของประชาชนที่ได้รับผ่านกรรมการทุกเรื่องได้ส่งให้สถานีตำรวจพิจารณาและแจ้งผลให้ผู้ร้องทราบแล้ว',
      ]),
      meetings: await Promise.all(
        meetings.map(async (meeting, index) => ({
          date: dayIn(meeting.month, meeting.date),
          topic: meeting.topic,
          outcome: meeting.outcome,
          photos: [
            await image({
              kind: 'meeting',
              alt: `การประชุม กต.ตร. ${unit.short.th} ครั้งที่ ${index + 1}/${unit.fiscalYear}`,
              takenOn: dayIn(meeting.month, meeting.date),
            }),
          ],
        })),
      ),
    }),
  })
