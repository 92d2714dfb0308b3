import type { CollectionConfig } from 'payload'

import { unitTypeLabels, unitTypes } from '../../frameworks/types'
import { rowLabel } from '../../admin/rowLabel'
import { slugField } from '../../fields/slug'
import { addStandardEServices } from '../EServices/standard'
import { validateFormat } from '../../validation/formats'
import { invalid } from '../../validation/messages'
import { superAdminField, superAdminOnly } from '../../access/superAdmin'
import { readPrivateUnitField, readUnits, updateUnits } from './access'
import { validateParent } from './validateParent'
import { parentName } from './parentName'
import { isSuperAdmin, type StaffUser } from '../../access/roles'
import { addStandardMenu } from './standardMenu'
import { linkFields } from '../../fields/link'

const socialLabels = {
  website: 'Website',
  facebook: 'Facebook',
  line: 'LINE',
  youtube: 'YouTube',
  tiktok: 'TikTok',
} as const

const egpDepartmentLabel = { th: 'รหัสหน่วยงานในระบบ e-GP', en: 'e-GP department code' }

const menuLabel = {
  name: 'label',
  type: 'text',
  required: true,
  localized: true,
  maxLength: 80,
  label: { th: 'ข้อความเมนู', en: 'Label' },
} as const

const structural = { create: superAdminField, update: superAdminField }

/** The tenants: police stations, provincial immigration units and the HQs above them. */
export const Units: CollectionConfig = {
  slug: 'units',
  hooks: { afterChange: [addStandardEServices, addStandardMenu] },
  labels: { singular: { th: 'หน่วยงาน', en: 'Unit' }, plural: { th: 'หน่วยงาน', en: 'Units' } },
  admin: {
    useAsTitle: 'shortName',
    defaultColumns: ['shortName', 'name', 'unitType', 'parent', 'slug'],
    group: { th: 'หน่วยงานและผู้ใช้', en: 'Units and users' },
    listSearchableFields: ['name', 'shortName', 'slug'],
  },
  access: { read: readUnits, create: superAdminOnly, update: updateUnits, delete: superAdminOnly },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'name',
          type: 'text',
          required: true,
          localized: true,
          label: { th: 'ชื่อหน่วยงาน (เต็ม)', en: 'Full name' },
        },
        {
          name: 'shortName',
          type: 'text',
          required: true,
          localized: true,
          label: { th: 'ชื่อย่อ', en: 'Short name' },
          admin: { description: { th: 'เช่น สภ.เมืองระนอง', en: 'e.g. Mueang Ranong PS' } },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        slugField(
          { th: 'ชื่อในลิงก์ (slug)', en: 'URL slug' },
          {
            index: true,
            access: structural,
            admin: {
              description: {
                th: 'ใช้ในลิงก์ /u/<slug> ของเว็บไซต์ เปลี่ยนแล้วลิงก์เดิมใน ITAP จะใช้ไม่ได้',
                en: 'Used in /u/<slug>; changing it breaks links already entered in ITAP',
              },
            },
          },
        ),
        {
          name: 'unitType',
          type: 'select',
          required: true,
          access: structural,
          label: { th: 'ประเภทหน่วยงาน', en: 'Unit type' },
          options: unitTypes.map((value) => ({ value, label: unitTypeLabels[value] })),
        },
        {
          name: 'parent',
          type: 'relationship',
          relationTo: 'units',
          index: true,
          access: structural,
          label: { th: 'หน่วยงานต้นสังกัด', en: 'Parent unit' },
          filterOptions: ({ id }) => ({
            unitType: { equals: 'hq' },
            ...(id ? { id: { not_equals: id } } : {}),
          }),
          validate: validateParent,
          // Others may not read the HQ above them: they see its name (`parentName`) instead of
          // "untitled - ID 2".
          admin: { condition: (_data, _siblingData, { user }) => isSuperAdmin(user as StaffUser) },
        },
        {
          name: 'parentName',
          type: 'text',
          virtual: true,
          label: { th: 'หน่วยงานต้นสังกัด', en: 'Parent unit' },
          admin: {
            readOnly: true,
            condition: (_data, _siblingData, { user }) => !isSuperAdmin(user as StaffUser),
          },
          hooks: { afterRead: [parentName] },
        },
      ],
    },
    {
      name: 'domains',
      type: 'array',
      access: structural,
      label: { th: 'โดเมนของเว็บไซต์หน่วยงาน', en: 'Custom domains' },
      labels: { singular: { th: 'โดเมน', en: 'Domain' }, plural: { th: 'โดเมน', en: 'Domains' } },
      admin: { initCollapsed: true },
      fields: [
        {
          name: 'domain',
          type: 'text',
          required: true,
          index: true,
          label: { th: 'โดเมน', en: 'Domain' },
          validate: validateFormat('hostname', { th: 'โดเมน', en: 'Domain' }),
        },
      ],
      validate: async (rows, { id, req }) => {
        const domains = (rows as { domain?: string }[] | null | undefined)
          ?.map((row) => row.domain?.trim().toLowerCase())
          .filter(Boolean) as string[] | undefined
        if (!domains?.length) return true
        const field = { th: 'โดเมน', en: 'Domain' }
        if (new Set(domains).size !== domains.length)
          return invalid(field, { th: 'ซ้ำกันในรายการ', en: 'listed twice' })
        const { docs } = await req.payload.find({
          collection: 'units',
          depth: 0,
          limit: 1,
          overrideAccess: true,
          req,
          where: { 'domains.domain': { in: domains }, ...(id ? { id: { not_equals: id } } : {}) },
        })
        return docs.length
          ? invalid(field, {
              th: `ถูกใช้แล้วโดย ${docs[0]!.shortName}`,
              en: `already used by ${docs[0]!.shortName}`,
            })
          : true
      },
    },
    {
      type: 'tabs',
      tabs: [
        {
          name: 'contact',
          label: { th: 'ข้อมูลการติดต่อ', en: 'Contact' },
          fields: [
            {
              name: 'address',
              type: 'textarea',
              localized: true,
              label: { th: 'ที่อยู่', en: 'Address' },
            },
            {
              name: 'phones',
              type: 'array',
              label: { th: 'หมายเลขโทรศัพท์', en: 'Phone numbers' },
              labels: {
                singular: { th: 'หมายเลข', en: 'Number' },
                plural: { th: 'หมายเลข', en: 'Numbers' },
              },
              admin: rowLabel('label', 'number'),
              fields: [
                {
                  type: 'row',
                  fields: [
                    {
                      name: 'label',
                      type: 'text',
                      localized: true,
                      label: { th: 'ชื่อเรียก', en: 'Label' },
                      admin: {
                        description: { th: 'เช่น ร้อยเวร, แจ้งเหตุ', en: 'e.g. duty desk' },
                      },
                    },
                    {
                      name: 'number',
                      type: 'text',
                      required: true,
                      label: { th: 'หมายเลข', en: 'Number' },
                      validate: validateFormat('phone', {
                        th: 'หมายเลขโทรศัพท์',
                        en: 'Phone number',
                      }),
                    },
                  ],
                },
              ],
            },
            {
              name: 'email',
              type: 'text',
              label: { th: 'อีเมล', en: 'E-mail' },
              validate: validateFormat('email', { th: 'อีเมล', en: 'E-mail' }),
            },
            {
              name: 'eitSurveyUrl',
              type: 'text',
              label: { th: 'ลิงก์แบบสำรวจ EIT', en: 'EIT survey link' },
              admin: {
                description: {
                  th: 'ระบบพิมพ์ป้าย QR Code ไปยังลิงก์นี้ให้ประชาชนตอบแบบสำรวจ',
                  en: 'Printed as a QR-code sign for citizens',
                },
              },
              validate: validateFormat('url', { th: 'ลิงก์แบบสำรวจ EIT', en: 'EIT survey link' }),
            },
            {
              name: 'map',
              type: 'group',
              label: { th: 'แผนที่', en: 'Map' },
              fields: [
                // Plain numbers rather than a `point` field: that would need PostGIS on every
                // server.
                {
                  type: 'row',
                  fields: [
                    {
                      name: 'latitude',
                      type: 'number',
                      min: -90,
                      max: 90,
                      label: { th: 'ละติจูด', en: 'Latitude' },
                    },
                    {
                      name: 'longitude',
                      type: 'number',
                      min: -180,
                      max: 180,
                      label: { th: 'ลองจิจูด', en: 'Longitude' },
                    },
                  ],
                },
                {
                  name: 'url',
                  type: 'text',
                  label: { th: 'ลิงก์แผนที่', en: 'Map link' },
                  validate: validateFormat('url', { th: 'ลิงก์แผนที่', en: 'Map link' }),
                },
              ],
            },
            {
              name: 'social',
              type: 'group',
              label: { th: 'ช่องทางออนไลน์', en: 'Online channels' },
              fields: (['website', 'facebook', 'line', 'youtube', 'tiktok'] as const).map(
                (name) => ({
                  name,
                  type: 'text' as const,
                  label: { th: socialLabels[name], en: socialLabels[name] },
                  validate: validateFormat('url', {
                    th: socialLabels[name],
                    en: socialLabels[name],
                  }),
                }),
              ),
            },
          ],
        },
        {
          name: 'head',
          label: { th: 'หัวหน้าหน่วยงาน', en: 'Head of unit' },
          fields: [
            {
              type: 'row',
              fields: [
                {
                  name: 'rank',
                  type: 'text',
                  label: { th: 'ยศ', en: 'Rank' },
                  admin: { description: { th: 'เช่น พ.ต.อ.', en: 'e.g. Pol.Col.' } },
                },
                {
                  name: 'name',
                  type: 'text',
                  localized: true,
                  label: { th: 'ชื่อ-นามสกุล', en: 'Name' },
                },
              ],
            },
            {
              name: 'position',
              type: 'text',
              localized: true,
              label: { th: 'ตำแหน่ง', en: 'Position' },
              admin: {
                description: {
                  th: 'เช่น ผู้กำกับการสถานีตำรวจภูธรเมืองระนอง',
                  en: 'e.g. Superintendent',
                },
              },
            },
            {
              name: 'message',
              type: 'textarea',
              localized: true,
              maxLength: 3000,
              label: { th: 'สารจากหัวหน้าหน่วยงาน', en: 'Message from the head' },
              admin: {
                description: {
                  th: 'แสดงที่หน้าแรกของเว็บไซต์ เว้นบรรทัดเพื่อขึ้นย่อหน้าใหม่',
                  en: 'Shown on the home page; a blank line starts a new paragraph',
                },
              },
            },
          ],
        },
        {
          label: { th: 'เมนูเว็บไซต์', en: 'Website menu' },
          description: {
            th: 'เมนูหลักของเว็บไซต์หน่วยงาน เริ่มต้นด้วยเมนูมาตรฐาน แก้ไข เรียงลำดับ หรือเพิ่มได้',
            en: 'The website’s main menu; it starts as the standard menu',
          },
          fields: [
            {
              name: 'menu',
              type: 'array',
              maxRows: 12,
              label: false,
              labels: {
                singular: { th: 'รายการเมนู', en: 'Menu item' },
                plural: { th: 'รายการเมนู', en: 'Menu items' },
              },
              admin: { initCollapsed: true, ...rowLabel('label') },
              fields: [
                menuLabel,
                ...linkFields({ allowNone: true }),
                {
                  name: 'children',
                  type: 'array',
                  maxRows: 12,
                  label: { th: 'เมนูย่อย', en: 'Sub-menu' },
                  labels: {
                    singular: { th: 'เมนูย่อย', en: 'Sub-menu item' },
                    plural: { th: 'เมนูย่อย', en: 'Sub-menu items' },
                  },
                  admin: { initCollapsed: true, ...rowLabel('label') },
                  fields: [menuLabel, ...linkFields()],
                },
              ],
            },
          ],
        },
        {
          label: { th: 'ข้อมูลภายใน', en: 'Internal' },
          description: { th: 'ไม่แสดงต่อสาธารณะ', en: 'Never shown publicly' },
          fields: [
            {
              name: 'internal',
              type: 'group',
              label: false,
              access: { read: readPrivateUnitField },
              fields: [
                {
                  type: 'row',
                  fields: [
                    {
                      name: 'itapAdminName',
                      type: 'text',
                      label: { th: 'ผู้ดูแลระบบ ITAP', en: 'ITAP administrator' },
                    },
                    {
                      name: 'itapAdminPhone',
                      type: 'text',
                      label: { th: 'โทรศัพท์ผู้ดูแลระบบ ITAP', en: 'ITAP administrator phone' },
                      validate: validateFormat('phone', {
                        th: 'โทรศัพท์ผู้ดูแลระบบ ITAP',
                        en: 'ITAP administrator phone',
                      }),
                    },
                    {
                      name: 'itapAdminEmail',
                      type: 'text',
                      label: { th: 'อีเมลผู้ดูแลระบบ ITAP', en: 'ITAP administrator e-mail' },
                      validate: validateFormat('email', {
                        th: 'อีเมลผู้ดูแลระบบ ITAP',
                        en: 'ITAP administrator e-mail',
                      }),
                    },
                  ],
                },
                {
                  name: 'egpDeptsubId',
                  type: 'text',
                  label: egpDepartmentLabel,
                  admin: {
                    description: {
                      th: 'รหัสหน่วยจัดซื้อ 10 หลัก (deptsubId) ของหน่วยงานในระบบ e-GP กรมบัญชีกลาง: ระบบดึงประกาศจัดซื้อจัดจ้าง (O14) จาก e-GP มาเป็นฉบับร่างให้ทุก 6 ชั่วโมง',
                      en: 'The unit’s 10-digit e-GP department code (deptsubId): its procurement announcements (O14) are fetched from e-GP as drafts every 6 hours',
                    },
                  },
                  validate: (value: unknown) =>
                    value == null || value === '' || /^\d{10}$/.test(String(value))
                      ? true
                      : invalid(egpDepartmentLabel, {
                          th: 'ต้องเป็นตัวเลข 10 หลัก',
                          en: 'must be 10 digits',
                        }),
                },
                {
                  name: 'notes',
                  type: 'textarea',
                  label: { th: 'บันทึกภายใน', en: 'Internal notes' },
                },
              ],
            },
          ],
        },
      ],
    },
  ],
}
