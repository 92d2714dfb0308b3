/** Demo tree: region → provincial HQ → two stations + one provincial immigration unit (Ranong). */

export const demoPassword = 'demo-password'

type Localized = { th: string; en: string }

export type DemoUnit = {
  slug: string
  parentSlug?: string
  unitType: 'police-station' | 'immigration-provincial' | 'hq'
  name: Localized
  shortName: Localized
  address?: Localized
  phones?: { label: Localized; number: string }[]
  email?: string
  map?: { latitude: number; longitude: number; url: string }
  social?: Partial<Record<'website' | 'facebook' | 'line' | 'youtube' | 'tiktok', string>>
  head?: { rank: string; name: Localized; position: Localized; message?: Localized }
  /** The unit's own website domains (the theme serves the unit there too). */
  domains?: string[]
  eitSurveyUrl?: string
  internal?: {
    itapAdminName: string
    itapAdminPhone: string
    itapAdminEmail: string
    notes: string
  }
}

export const demoUnits: DemoUnit[] = [
  {
    slug: 'region-8',
    unitType: 'hq',
    name: { th: 'ตำรวจภูธรภาค 8', en: 'Provincial Police Region 8' },
    shortName: { th: 'ภ.8', en: 'Region 8' },
  },
  {
    slug: 'ranong-provincial-police',
    parentSlug: 'region-8',
    unitType: 'hq',
    name: { th: 'ตำรวจภูธรจังหวัดระนอง', en: 'Ranong Provincial Police' },
    shortName: { th: 'ภ.จว.ระนอง', en: 'Ranong Provincial Police' },
    phones: [{ label: { th: 'สายด่วน', en: 'Hotline' }, number: '077-811-300' }],
  },
  {
    slug: 'mueang-ranong',
    parentSlug: 'ranong-provincial-police',
    unitType: 'police-station',
    name: { th: 'สถานีตำรวจภูธรเมืองระนอง', en: 'Mueang Ranong Police Station' },
    shortName: { th: 'สภ.เมืองระนอง', en: 'Mueang Ranong PS' },
    address: {
      th: '1 ถนนท่าเมือง ตำบลเขานิเวศน์ อำเภอเมืองระนอง จังหวัดระนอง 85000',
      en: '1 Tha Mueang Road, Khao Niwet, Mueang Ranong, Ranong 85000',
    },
    phones: [
      { label: { th: 'ร้อยเวรสอบสวน', en: 'Duty inquiry officer' }, number: '077-811-222' },
      { label: { th: 'แจ้งเหตุด่วน', en: 'Emergency' }, number: '191' },
    ],
    email: 'mueangranong@police.go.th',
    map: { latitude: 9.9658, longitude: 98.6347, url: 'https://maps.google.com/?q=9.9658,98.6347' },
    social: {
      website: 'https://mueangranong.ranong.police.go.th',
      facebook: 'https://www.facebook.com/mueangranongpolice',
      line: 'https://line.me/R/ti/p/@mueangranong',
      youtube: 'https://www.youtube.com/@mueangranongpolice',
      tiktok: 'https://www.tiktok.com/@mueangranongpolice',
    },
    head: {
      rank: 'พ.ต.อ.',
      name: { th: 'สมชาย ใจดี', en: 'Somchai Jaidee' },
      position: {
        th: 'ผู้กำกับการสถานีตำรวจภูธรเมืองระนอง',
        en: 'Superintendent, Mueang Ranong Police Station',
      },
      message: {
        th: 'สถานีตำรวจภูธรเมืองระนองมุ่งมั่นให้บริการประชาชนด้วยความซื่อสัตย์ โปร่งใส และเป็นธรรม ไม่รับสินบนหรือของขวัญทุกชนิดจากการปฏิบัติหน้าที่\n\nหากพบการปฏิบัติที่ไม่เหมาะสมของเจ้าหน้าที่ แจ้งได้ที่หน้าติดต่อเรา ข้อมูลของท่านจะถูกเก็บเป็นความลับ',
        en: 'Mueang Ranong Police Station serves the public with honesty, transparency and fairness, and accepts no bribes or gifts of any kind.\n\nIf you see misconduct by our officers, report it on the Contact page; what you tell us is kept confidential.',
      },
    },
    domains: ['mueang-ranong.demo.local'],
    eitSurveyUrl: 'https://itas.nacc.go.th/go/eit/mueang-ranong',
    internal: {
      itapAdminName: 'ร.ต.อ.หญิง สุดา ศรีสุข',
      itapAdminPhone: '081-234-5678',
      itapAdminEmail: 'ita.mueangranong@police.go.th',
      notes: 'PRIVATE-MARKER-A: ผู้ดูแลระบบ ITAP เปลี่ยนตัวเดือนมกราคม',
    },
  },
  {
    slug: 'kapoe',
    parentSlug: 'ranong-provincial-police',
    unitType: 'police-station',
    name: { th: 'สถานีตำรวจภูธรกะเปอร์', en: 'Kapoe Police Station' },
    shortName: { th: 'สภ.กะเปอร์', en: 'Kapoe PS' },
    address: {
      th: 'ตำบลกะเปอร์ อำเภอกะเปอร์ จังหวัดระนอง 85120',
      en: 'Kapoe, Kapoe District, Ranong 85120',
    },
    phones: [{ label: { th: 'ร้อยเวร', en: 'Duty desk' }, number: '077-891-110' }],
    email: 'kapoe@police.go.th',
    head: {
      rank: 'พ.ต.อ.',
      name: { th: 'วิชัย กล้าหาญ', en: 'Wichai Klahan' },
      position: {
        th: 'ผู้กำกับการสถานีตำรวจภูธรกะเปอร์',
        en: 'Superintendent, Kapoe Police Station',
      },
    },
    internal: {
      itapAdminName: 'ด.ต. ประสิทธิ์ มั่นคง',
      itapAdminPhone: '089-765-4321',
      itapAdminEmail: 'ita.kapoe@police.go.th',
      notes: 'PRIVATE-MARKER-B',
    },
  },
  {
    slug: 'ranong-immigration',
    parentSlug: 'ranong-provincial-police',
    unitType: 'immigration-provincial',
    name: { th: 'ตรวจคนเข้าเมืองจังหวัดระนอง', en: 'Ranong Provincial Immigration' },
    shortName: { th: 'ตม.จว.ระนอง', en: 'Ranong Immigration' },
    address: {
      th: 'ถนนเรืองราษฎร์ ตำบลเขานิเวศน์ อำเภอเมืองระนอง จังหวัดระนอง 85000',
      en: 'Rueang Rat Road, Khao Niwet, Mueang Ranong, Ranong 85000',
    },
    phones: [
      { label: { th: 'งานบริการคนต่างด้าว', en: 'Foreigner services' }, number: '077-812-009' },
    ],
    email: 'ranong@immigration.go.th',
    map: { latitude: 9.9625, longitude: 98.6389, url: 'https://maps.google.com/?q=9.9625,98.6389' },
    social: {
      website: 'https://ranong.immigration.go.th',
      facebook: 'https://www.facebook.com/ranongimmigration',
    },
    head: {
      rank: 'พ.ต.อ.',
      name: { th: 'ชาญวิทย์ ศรีสมุทร', en: 'Chanwit Srisamut' },
      position: {
        th: 'ผู้กำกับการตรวจคนเข้าเมืองจังหวัดระนอง',
        en: 'Superintendent, Ranong Provincial Immigration',
      },
    },
  },
]

export type DemoUser = {
  email: string
  name: string
  role: 'super-admin' | 'hq-reviewer' | 'unit-approver' | 'unit-editor'
  units: string[]
}

export const demoUsers: DemoUser[] = [
  { email: 'admin@demo.local', name: 'ผู้ดูแลระบบ (สาธิต)', role: 'super-admin', units: [] },
  {
    email: 'hq@demo.local',
    name: 'พ.ต.ท. ตรวจสอบ ภ.จว.ระนอง',
    role: 'hq-reviewer',
    units: ['ranong-provincial-police'],
  },
  {
    email: 'head.a@demo.local',
    name: 'พ.ต.อ. สมชาย ใจดี',
    role: 'unit-approver',
    units: ['mueang-ranong'],
  },
  {
    email: 'editor.a@demo.local',
    name: 'ร.ต.อ.หญิง สุดา ศรีสุข',
    role: 'unit-editor',
    units: ['mueang-ranong'],
  },
  {
    email: 'editor.b@demo.local',
    name: 'ด.ต. ประสิทธิ์ มั่นคง',
    role: 'unit-editor',
    units: ['kapoe'],
  },
]

/**
 * One published and one draft page per station, each with a marker string for isolation tests (in
 * the title only).
 */
export const demoDisclosures = [
  {
    unit: 'mueang-ranong',
    status: 'published',
    itemCode: 'O16',
    title: {
      th: 'หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล สภ.เมืองระนอง (PUBLIC-MARKER-A)',
      en: 'HR management criteria, Mueang Ranong PS (PUBLIC-MARKER-A)',
    },
    body: {
      th: 'สภ.เมืองระนองใช้หลักเกณฑ์การแต่งตั้งโยกย้าย การพัฒนา และการประเมินผลการปฏิบัติงานของสำนักงานตำรวจแห่งชาติ ดูรายละเอียดได้ในประกาศหลักเกณฑ์การบริหารและพัฒนากำลังพลของสถานี',
      en: 'Mueang Ranong PS applies the Royal Thai Police criteria for transfers, development and performance evaluation; see the station’s announcement of its personnel criteria.',
    },
  },
  {
    unit: 'mueang-ranong',
    status: 'draft',
    itemCode: 'O22',
    title: {
      th: 'ร่างคู่มือจริยธรรม (DRAFT-MARKER-A)',
      en: 'Draft ethics manual (DRAFT-MARKER-A)',
    },
    body: {
      th: 'ร่างคู่มือแนวทางการปฏิบัติตามมาตรฐานทางจริยธรรม อยู่ระหว่างการตรวจทาน',
      en: 'Draft code-of-ethics guidelines, under review.',
    },
  },
  {
    unit: 'kapoe',
    status: 'published',
    itemCode: 'O16',
    title: {
      th: 'หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล สภ.กะเปอร์ (PUBLIC-MARKER-B)',
      en: 'HR management criteria, Kapoe PS (PUBLIC-MARKER-B)',
    },
    body: {
      th: 'สภ.กะเปอร์ใช้หลักเกณฑ์การแต่งตั้งโยกย้าย การพัฒนา และการประเมินผลการปฏิบัติงานของสำนักงานตำรวจแห่งชาติ',
      en: 'Kapoe PS applies the Royal Thai Police criteria for transfers, development and performance evaluation.',
    },
  },
  {
    unit: 'kapoe',
    status: 'draft',
    itemCode: 'O22',
    title: {
      th: 'ร่างคู่มือจริยธรรม สภ.กะเปอร์ (DRAFT-MARKER-B)',
      en: 'Draft ethics manual, Kapoe PS (DRAFT-MARKER-B)',
    },
    body: {
      th: 'ร่างคู่มือแนวทางการปฏิบัติตามมาตรฐานทางจริยธรรม อยู่ระหว่างการตรวจทาน',
      en: 'Draft code-of-ethics guidelines, under review.',
    },
  },
] as const
