import type { CollectionConfig } from 'payload'

import { dayField } from '../../fields/dates'
import { fiscalYearField } from '../../fields/fiscalYear'
import { optionsOf } from '../../fields/options'
import { anyFilled } from '../../requirements/checks'
import { adminGroups } from '../groups'
import { unitScoped } from '../unitScoped'

export const policyTypes = {
  'hr-criteria': { th: 'หลักเกณฑ์การบริหารและพัฒนากำลังพล', en: 'HR management criteria' },
  'anti-bribery': { th: 'นโยบายต่อต้านการรับสินบน', en: 'Anti-bribery policy' },
  ethics: { th: 'คู่มือ/แนวทางตามมาตรฐานทางจริยธรรม', en: 'Ethics guidelines' },
  assets: {
    th: 'การจัดการทรัพย์สินของราชการ ของบริจาค และของกลาง',
    en: 'Assets, donations and evidence',
  },
  measures: { th: 'มาตรการยกระดับคุณธรรมและความโปร่งใส', en: 'Integrity measures' },
  other: { th: 'อื่น ๆ', en: 'Other' },
}

/** The sections an anti-bribery policy must have (O18), in Thai and in English. */
export const antiBriberySections = {
  objective: { key: 'objective', label: { th: 'วัตถุประสงค์', en: 'Objective' } },
  scope: { key: 'scope', label: { th: 'ขอบเขตการใช้บังคับ', en: 'Scope' } },
  definitions: {
    key: 'bribe-definition',
    label: { th: 'นิยาม "สินบน" รวมถึงของขวัญ ของกำนัล', en: 'Definition of bribes, incl. gifts' },
  },
  violationMeasures: {
    key: 'violation-measures',
    label: { th: 'มาตรการเมื่อมีการฝ่าฝืน', en: 'Measures on violation' },
  },
  monitoring: { key: 'monitoring-measures', label: { th: 'การติดตามตรวจสอบ', en: 'Monitoring' } },
  complaintChannel: {
    key: 'complaint-channel',
    label: { th: 'ช่องทางร้องเรียน แจ้งเบาะแส', en: 'Complaint and whistle-blowing channel' },
  },
  whistleblowerProtection: {
    key: 'whistleblower-protection',
    label: {
      th: 'การคุ้มครองผู้แจ้งและการรักษาความลับ',
      en: 'Whistle-blower protection and confidentiality',
    },
  },
}

const part = (th: string, en: string) => ({ th, en })

/**
 * The parts each kind of document must show, one row each (O16, O22–O24): a part's key is the
 * framework element it evidences, so readiness and the item page find it by that key.
 */
export const policyParts: Partial<
  Record<keyof typeof policyTypes, Record<string, { th: string; en: string }>>
> = {
  'hr-criteria': {
    'criteria-transfer': part('หลักเกณฑ์การโยกย้ายกำลังพล', 'Transfer criteria'),
    'criteria-development': part('หลักเกณฑ์การพัฒนากำลังพล', 'Staff development criteria'),
    'criteria-evaluation': part(
      'หลักเกณฑ์การประเมินผลการปฏิบัติงาน',
      'Performance evaluation criteria',
    ),
    'criteria-salary-step': part(
      'หลักเกณฑ์การเลื่อนขั้น เลื่อนเงินเดือน',
      'Promotion and salary-step criteria',
    ),
  },
  ethics: {
    'ethics-manual': part(
      'คู่มือหรือแนวทางการปฏิบัติตามมาตรฐานทางจริยธรรม',
      'Code of ethics manual or guidelines',
    ),
    'not-below-rtp-code': part(
      'ความสอดคล้องกับประมวลจริยธรรมของสำนักงานตำรวจแห่งชาติ พ.ศ. 2564',
      'Consistency with the RTP Code of Ethics 2021',
    ),
    'do-and-dont': part('แนวปฏิบัติ Do & Don’t ตามบทบาทภารกิจ', 'Do & Don’t by role'),
  },
  assets: {
    'asset-classification': part(
      'การจำแนกประเภททรัพย์สิน อาวุธยุทโธปกรณ์ และของบริจาค',
      'Classification of assets, weapons and donations',
    ),
    'asset-control': part(
      'การควบคุม กำกับ ดูแล และตรวจสอบทรัพย์สิน',
      'Control and inspection of assets',
    ),
    'weapons-inspection': part(
      'การตรวจสอบและตรวจนับอาวุธยุทโธปกรณ์',
      'Weapons inspection and count',
    ),
    'borrowing-rules': part('แนวทางการยืมหรือเบิกจ่ายทรัพย์สิน', 'Borrowing and issuing assets'),
    'staff-awareness': part('การเสริมสร้างความรู้ความเข้าใจแก่เจ้าหน้าที่', 'Staff awareness'),
    'evidence-storage': part('ระบบจัดเก็บรักษาของกลาง', 'Storage of seized evidence'),
    'practice-report': part(
      'รายงานผลการปฏิบัติ 6 เดือนแรก (ต.ค.–มี.ค.)',
      'Report on practice, first six months',
    ),
  },
  measures: {
    'ita-working-group-order': part(
      'คำสั่งแต่งตั้งคณะทำงานขับเคลื่อน ITA',
      'Order appointing the ITA working group',
    ),
    'head-briefing': part(
      'การชี้แจงของหัวหน้าหน่วยงานแก่เจ้าหน้าที่',
      'The head’s briefing to staff',
    ),
    'oss-pr-point': part(
      'One Stop Service: จุดประชาสัมพันธ์/จุดบริการ',
      'One Stop Service: information point',
    ),
    'oss-service-signs': part(
      'One Stop Service: ป้ายประชาสัมพันธ์จุดบริการ',
      'One Stop Service: service signs',
    ),
    'oss-pledge-sign': part('One Stop Service: ป้ายพันธะสัญญา', 'One Stop Service: pledge sign'),
    'oss-no-gift-sign': part(
      'One Stop Service: ป้าย No Gift Policy',
      'One Stop Service: No Gift Policy sign',
    ),
    'oss-manual-download-sign': part(
      'One Stop Service: ป้าย Download คู่มือการให้บริการ',
      'One Stop Service: manual download sign',
    ),
    'oss-facilities': part('One Stop Service: สิ่งอำนวยความสะดวก', 'One Stop Service: facilities'),
    'oit-website': part(
      'OIT: การจัดทำเว็บไซต์/ปรับปรุงข้อมูลให้เป็นปัจจุบัน',
      'OIT: keeping the website current',
    ),
    'oit-data-preparation': part(
      'OIT: การจัดทำข้อมูลสาธารณะตามเกณฑ์',
      'OIT: preparing the public data',
    ),
    'oit-monitoring': part('OIT: การกำกับติดตามการเผยแพร่ข้อมูล', 'OIT: monitoring publication'),
    'oit-owners': part('OIT: การกำหนดเจ้าภาพ/ผู้รับผิดชอบ', 'OIT: owners of each item'),
  },
}

const partOptions = Object.entries(policyParts).flatMap(([type, parts]) =>
  Object.entries(parts).map(([value, label]) => ({ type, value, label })),
)

const labels = {
  body: { th: 'เนื้อหาประกาศ/เอกสาร', en: 'Body' },
  announced: { th: 'วันที่ประกาศ', en: 'Date announced' },
  signerName: { th: 'ชื่อผู้ลงนาม', en: 'Signed by' },
  signerPosition: { th: 'ตำแหน่งผู้ลงนาม', en: 'Signer’s position' },
  infographic: { th: 'อินโฟกราฟิก No Gift Policy', en: 'No Gift Policy infographic' },
  attachments: { th: 'ไฟล์แนบ', en: 'Attachments' },
  content: { th: 'เนื้อหาหรือไฟล์แนบ', en: 'Body or attachments' },
}

/**
 * O16, O18, O22, O23, O24: the unit's policies, criteria and measures; O18 must be complete in Thai
 * and English.
 */
export const Policies: CollectionConfig = unitScoped(
  {
    slug: 'policies',
    labels: {
      singular: { th: 'ประกาศ/นโยบาย', en: 'Policy' },
      plural: { th: 'ประกาศ นโยบาย และมาตรการ', en: 'Policies' },
    },
    admin: {
      useAsTitle: 'title',
      defaultColumns: ['title', 'type', 'fiscalYear', 'tenant', '_status'],
      group: adminGroups.transparency,
    },
    fields: [
      {
        type: 'row',
        fields: [
          {
            name: 'type',
            type: 'select',
            required: true,
            options: optionsOf(policyTypes),
            label: { th: 'ประเภท', en: 'Type' },
            admin: { width: '60%' },
          },
          { ...fiscalYearField({ defaultToCurrent: true }), admin: { width: '40%' } },
        ],
      },
      {
        name: 'title',
        type: 'text',
        required: true,
        localized: true,
        maxLength: 500,
        label: { th: 'ชื่อเรื่อง', en: 'Title' },
      },
      { name: 'body', type: 'richText', localized: true, label: labels.body },
      {
        name: 'sections',
        type: 'group',
        label: {
          th: 'หัวข้อของนโยบายต่อต้านการรับสินบน (กรอกทั้งภาษาไทยและภาษาอังกฤษ)',
          en: 'Anti-bribery policy sections (Thai and English)',
        },
        admin: { condition: (data) => data?.type === 'anti-bribery' },
        fields: Object.entries(antiBriberySections).map(([name, { label }]) => ({
          name,
          type: 'textarea' as const,
          localized: true,
          label,
        })),
      },
      {
        type: 'row',
        fields: [
          dayField('announcedOn', labels.announced),
          { name: 'signerName', type: 'text', localized: true, label: labels.signerName },
          { name: 'signerPosition', type: 'text', localized: true, label: labels.signerPosition },
        ],
      },
      {
        name: 'parts',
        type: 'array',
        label: { th: 'หัวข้อตามแบบตรวจ OIT', en: 'Parts required by the OIT checklist' },
        labels: { singular: { th: 'หัวข้อ', en: 'Part' }, plural: { th: 'หัวข้อ', en: 'Parts' } },
        admin: {
          condition: (data) => Boolean(policyParts[data?.type as keyof typeof policyTypes]),
          description: {
            th: 'กรอกหนึ่งหัวข้อต่อหนึ่งข้อที่ผู้ตรวจดู แต่ละหัวข้อจะแสดงบนหน้าข้อ OIT ใต้ชื่อหัวข้อนั้น',
            en: 'One part per element the assessor checks; each is shown on the OIT item page under its own heading.',
          },
        },
        fields: [
          {
            name: 'topic',
            type: 'select',
            required: true,
            label: { th: 'หัวข้อ', en: 'Part' },
            options: partOptions.map(({ value, label }) => ({ value, label })),
            // Only the parts of this document's type.
            filterOptions: ({ data, options }) =>
              options.filter((option) =>
                partOptions.some(
                  (candidate) =>
                    candidate.value === (typeof option === 'string' ? option : option.value) &&
                    candidate.type === data?.type,
                ),
              ),
          },
          {
            name: 'text',
            type: 'textarea',
            localized: true,
            label: { th: 'รายละเอียด', en: 'Text' },
          },
          {
            type: 'row',
            fields: [
              {
                name: 'attachment',
                type: 'upload',
                relationTo: 'documents',
                label: {
                  th: 'เอกสาร (เช่น คำสั่ง คู่มือ)',
                  en: 'Document (e.g. the order, the manual)',
                },
              },
              {
                name: 'photos',
                type: 'upload',
                relationTo: 'media',
                hasMany: true,
                label: { th: 'ภาพประกอบ', en: 'Photos' },
              },
            ],
          },
        ],
      },
      {
        name: 'attachments',
        type: 'upload',
        relationTo: 'documents',
        hasMany: true,
        label: labels.attachments,
      },
      {
        name: 'infographic',
        type: 'upload',
        relationTo: 'media',
        label: { th: 'อินโฟกราฟิก', en: 'Infographic' },
      },
    ],
  },
  {
    publicRead: 'published',
    publishChecks: [
      { label: labels.content, check: anyFilled(labels.content, 'body', 'attachments') },
    ],
  },
)
