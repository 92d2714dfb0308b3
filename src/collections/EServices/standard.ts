import type { CollectionAfterChangeHook } from 'payload'

import type { UnitType } from '../../frameworks/types'
import { createBilingual } from '../../content/createBilingual'

type StandardService = {
  kind: string
  icon: string
  name: { th: string; en: string }
  url: string
  description: { th: string; en: string }
}

/** National online services every unit of a type links to (O10); units may edit or add to them. */
export const standardEServices: Partial<Record<UnitType, StandardService[]>> = {
  'police-station': [
    {
      kind: 'online-crime-report',
      icon: 'report',
      name: { th: 'แจ้งความออนไลน์', en: 'Online crime report' },
      url: 'https://thaipoliceonline.go.th/',
      description: {
        th: 'แจ้งความคดีออนไลน์ เช่น ถูกหลอกลวงทางออนไลน์ ผ่านระบบของสำนักงานตำรวจแห่งชาติ',
        en: 'Report online fraud and other crimes to the Royal Thai Police',
      },
    },
    {
      kind: 'online-fine-payment',
      icon: 'payment',
      name: { th: 'ชำระค่าปรับจราจรออนไลน์ (PTM)', en: 'Pay traffic fines online (PTM)' },
      url: 'https://ptm.police.go.th/eTicket/',
      description: {
        th: 'ตรวจสอบและชำระค่าปรับใบสั่งจราจรอิเล็กทรอนิกส์',
        en: 'Check and pay electronic traffic tickets',
      },
    },
    {
      kind: 'case-tracking',
      icon: 'search',
      name: { th: 'ติดตามความคืบหน้าคดี', en: 'Case tracking' },
      url: 'https://thaipoliceonline.go.th/',
      description: {
        th: 'ตรวจสอบความคืบหน้าของเรื่องที่แจ้งความไว้',
        en: 'Follow the progress of a reported case',
      },
    },
  ],
  'immigration-provincial': [
    {
      kind: 'online-crime-report',
      icon: 'report',
      name: { th: 'แจ้งความออนไลน์', en: 'Online crime report' },
      url: 'https://thaipoliceonline.go.th/',
      description: {
        th: 'แจ้งความคดีออนไลน์ผ่านระบบของสำนักงานตำรวจแห่งชาติ',
        en: 'Report crimes online to the Royal Thai Police',
      },
    },
    {
      kind: 'e-extension',
      icon: 'calendar',
      name: { th: 'ขออยู่ต่อในราชอาณาจักรออนไลน์ (e-Extension)', en: 'e-Extension of stay' },
      url: 'https://extension.immigration.go.th/',
      description: {
        th: 'ยื่นคำขออยู่ต่อในราชอาณาจักรล่วงหน้าทางออนไลน์',
        en: 'Apply online for an extension of stay',
      },
    },
    {
      kind: 'e-voa',
      icon: 'passport',
      name: { th: 'ขอวีซ่าเมื่อเดินทางมาถึงออนไลน์ (E-VOA)', en: 'Visa on arrival online (E-VOA)' },
      url: 'https://www.evoa.immigration.go.th/',
      description: {
        th: 'ยื่นคำขอ Visa on Arrival ล่วงหน้า',
        en: 'Apply for a visa on arrival in advance',
      },
    },
    {
      kind: '90-day-report',
      icon: 'calendar',
      name: { th: 'แจ้งที่พักอาศัยเกิน 90 วันออนไลน์', en: '90-day report online' },
      url: 'https://tm47.immigration.go.th/tm47/',
      description: {
        th: 'คนต่างด้าวแจ้งอยู่ในราชอาณาจักรเกิน 90 วัน (ตม.47)',
        en: 'Foreigners’ 90-day notification (TM.47)',
      },
    },
  ],
}

/**
 * A new unit starts with the standard services of its type, published (they are national links).
 */
export const addStandardEServices: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation !== 'create') return doc
  for (const [order, service] of (standardEServices[doc.unitType as UnitType] ?? []).entries()) {
    await createBilingual(req.payload, {
      collection: 'e-services',
      th: {
        tenant: doc.id,
        name: service.name.th,
        kind: service.kind,
        icon: service.icon,
        url: service.url,
        description: service.description.th,
        order: order + 1,
      },
      en: { name: service.name.en, description: service.description.en },
      status: 'published',
      req,
    })
  }
  return doc
}
