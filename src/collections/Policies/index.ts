import type { CollectionConfig } from 'payload'

import { dayField } from '../../fields/dates'
import { fiscalYearField } from '../../fields/fiscalYear'
import { optionsOf } from '../../fields/options'
import { allOf, anyFilled, filled, inLocale } from '../../requirements/checks'
import { adminGroups } from '../groups'
import { unitScoped } from '../unitScoped'

export const policyTypes = {
  'hr-criteria': { th: 'หลักเกณฑ์การบริหารและพัฒนากำลังพล', en: 'HR management criteria' },
  'anti-bribery': { th: 'นโยบายต่อต้านการรับสินบน', en: 'Anti-bribery policy' },
  ethics: { th: 'คู่มือ/แนวทางตามมาตรฐานทางจริยธรรม', en: 'Ethics guidelines' },
  assets: { th: 'การจัดการทรัพย์สินของราชการ ของบริจาค และของกลาง', en: 'Assets, donations and evidence' },
  measures: { th: 'มาตรการยกระดับคุณธรรมและความโปร่งใส', en: 'Integrity measures' },
  other: { th: 'อื่น ๆ', en: 'Other' },
}

/** The sections an anti-bribery policy must have (O18), in Thai and in English. */
export const antiBriberySections = {
  objective: { key: 'objective', label: { th: 'วัตถุประสงค์', en: 'Objective' } },
  scope: { key: 'scope', label: { th: 'ขอบเขตการใช้บังคับ', en: 'Scope' } },
  definitions: { key: 'bribe-definition', label: { th: 'นิยาม "สินบน" รวมถึงของขวัญ ของกำนัล', en: 'Definition of bribes, incl. gifts' } },
  violationMeasures: { key: 'violation-measures', label: { th: 'มาตรการเมื่อมีการฝ่าฝืน', en: 'Measures on violation' } },
  monitoring: { key: 'monitoring-measures', label: { th: 'การติดตามตรวจสอบ', en: 'Monitoring' } },
  complaintChannel: { key: 'complaint-channel', label: { th: 'ช่องทางร้องเรียน แจ้งเบาะแส', en: 'Complaint and whistle-blowing channel' } },
  whistleblowerProtection: { key: 'whistleblower-protection', label: { th: 'การคุ้มครองผู้แจ้งและการรักษาความลับ', en: 'Whistle-blower protection and confidentiality' } },
}

const labels = {
  body: { th: 'เนื้อหาประกาศ/เอกสาร', en: 'Body' },
  announced: { th: 'วันที่ประกาศ', en: 'Date announced' },
  signerName: { th: 'ชื่อผู้ลงนาม', en: 'Signed by' },
  signerPosition: { th: 'ตำแหน่งผู้ลงนาม', en: 'Signer’s position' },
  infographic: { th: 'อินโฟกราฟิก No Gift Policy', en: 'No Gift Policy infographic' },
  attachments: { th: 'ไฟล์แนบ', en: 'Attachments' },
  content: { th: 'เนื้อหาหรือไฟล์แนบ', en: 'Body or attachments' },
}

const bothLanguages = (path: string, label: { th: string; en: string }) => allOf(inLocale('th', filled([path, label])), inLocale('en', filled([path, label])))

/** O16, O18, O22, O23, O24: the unit's policies, criteria and measures; O18 must be complete in Thai and English. */
export const Policies: CollectionConfig = unitScoped(
  {
    slug: 'policies',
    labels: { singular: { th: 'ประกาศ/นโยบาย', en: 'Policy' }, plural: { th: 'ประกาศ นโยบาย และมาตรการ', en: 'Policies' } },
    admin: { useAsTitle: 'title', defaultColumns: ['title', 'type', 'fiscalYear', 'tenant', '_status'], group: adminGroups.transparency },
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'type', type: 'select', required: true, options: optionsOf(policyTypes), label: { th: 'ประเภท', en: 'Type' }, admin: { width: '60%' } },
          { ...fiscalYearField({ defaultToCurrent: true }), admin: { width: '40%' } },
        ],
      },
      { name: 'title', type: 'text', required: true, localized: true, maxLength: 500, label: { th: 'ชื่อเรื่อง', en: 'Title' } },
      { name: 'body', type: 'richText', localized: true, label: labels.body },
      {
        name: 'sections',
        type: 'group',
        label: { th: 'หัวข้อของนโยบายต่อต้านการรับสินบน (กรอกทั้งภาษาไทยและภาษาอังกฤษ)', en: 'Anti-bribery policy sections (Thai and English)' },
        admin: { condition: (data) => data?.type === 'anti-bribery' },
        fields: Object.entries(antiBriberySections).map(([name, { label }]) => ({ name, type: 'textarea' as const, localized: true, label })),
      },
      {
        type: 'row',
        fields: [
          dayField('announcedOn', labels.announced),
          { name: 'signerName', type: 'text', localized: true, label: labels.signerName },
          { name: 'signerPosition', type: 'text', localized: true, label: labels.signerPosition },
        ],
      },
      { name: 'attachments', type: 'upload', relationTo: 'documents', hasMany: true, label: labels.attachments },
      { name: 'infographic', type: 'upload', relationTo: 'media', label: { th: 'อินโฟกราฟิก', en: 'Infographic' } },
    ],
  },
  {
    publicRead: 'published',
    publishChecks: {
      elements: {
        'policy-thai': inLocale('th', filled(['body', labels.body])),
        'policy-english': inLocale('en', filled(['body', labels.body])),
        'signed-by-current-head': filled(['signerName', labels.signerName], ['signerPosition', labels.signerPosition]),
        'date-announced': filled(['announcedOn', labels.announced]),
        'no-gift-infographic': filled(['infographic', labels.infographic]),
        ...Object.fromEntries(
          Object.entries(antiBriberySections).map(([name, { key, label }]) => [key, bothLanguages(`sections.${name}`, label)]),
        ),
      },
      always: [{ label: labels.content, check: anyFilled(labels.content, 'body', 'attachments') }],
    },
  },
)
