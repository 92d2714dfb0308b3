import type { CollectionConfig } from 'payload'

import { amountField } from '../../fields/amount'
import { dayField, endDateField } from '../../fields/dates'
import { optionsOf } from '../../fields/options'
import { adminGroups } from '../groups'
import { unitScoped } from '../unitScoped'

export const committeePositions = {
  chair: { th: 'ประธานกรรมการ', en: 'Chair' },
  'vice-chair': { th: 'รองประธานกรรมการ', en: 'Vice chair' },
  member: { th: 'กรรมการ', en: 'Member' },
  secretary: { th: 'กรรมการและเลขานุการ', en: 'Member and secretary' },
  'assistant-secretary': { th: 'ผู้ช่วยเลขานุการ', en: 'Assistant secretary' },
}

const labels = {
  name: { th: 'ชื่อ-นามสกุล', en: 'Name' },
  photo: { th: 'รูปถ่าย', en: 'Photo' },
  position: { th: 'ตำแหน่งในคณะกรรมการ', en: 'Committee position' },
  occupation: { th: 'อาชีพ', en: 'Occupation' },
  termStart: { th: 'วันที่เริ่มวาระ', en: 'Term start' },
}

/** O4: members of the station's police administration monitoring committee (กต.ตร.). */
export const CommitteeMembers: CollectionConfig = unitScoped(
  {
    slug: 'committee-members',
    labels: {
      singular: { th: 'กรรมการ กต.ตร.', en: 'Committee member' },
      plural: { th: 'กรรมการ กต.ตร.', en: 'Committee members' },
    },
    admin: {
      useAsTitle: 'name',
      defaultColumns: ['name', 'committeePosition', 'occupation', 'tenant', '_status'],
      group: adminGroups.basics,
    },
    defaultSort: 'order',
    fields: [
      {
        name: 'name',
        type: 'text',
        required: true,
        localized: true,
        maxLength: 200,
        label: labels.name,
        admin: { description: { th: 'รวมคำนำหน้า เช่น นายสมชาย ใจดี', en: 'With title' } },
      },
      { name: 'photo', type: 'upload', relationTo: 'media', label: labels.photo },
      {
        type: 'row',
        fields: [
          {
            name: 'committeePosition',
            type: 'select',
            options: optionsOf(committeePositions),
            label: labels.position,
            admin: { width: '40%' },
          },
          {
            name: 'occupation',
            type: 'text',
            localized: true,
            maxLength: 200,
            label: labels.occupation,
            admin: { width: '40%' },
          },
          amountField(
            'order',
            { th: 'ลำดับการแสดง', en: 'Display order' },
            { integer: true, admin: { width: '20%' } },
          ),
        ],
      },
      {
        type: 'row',
        fields: [
          dayField('termStart', labels.termStart),
          endDateField(
            'termEnd',
            { th: 'วันที่สิ้นสุดวาระ', en: 'Term end' },
            'termStart',
            labels.termStart,
          ),
        ],
      },
    ],
  },
  {
    publicRead: 'published',
  },
)
