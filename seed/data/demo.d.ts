/** Demo tree: region → provincial HQ → two stations + one provincial immigration unit (Ranong). */
export declare const demoPassword = "demo-password";
type Localized = {
    th: string;
    en: string;
};
export type DemoUnit = {
    slug: string;
    parentSlug?: string;
    unitType: 'police-station' | 'immigration-provincial' | 'hq';
    name: Localized;
    shortName: Localized;
    address?: Localized;
    phones?: {
        label: Localized;
        number: string;
    }[];
    email?: string;
    map?: {
        latitude: number;
        longitude: number;
        url: string;
    };
    social?: Partial<Record<'website' | 'facebook' | 'line' | 'youtube' | 'tiktok', string>>;
    head?: {
        rank: string;
        name: Localized;
        position: Localized;
        message?: Localized;
    };
    /** The unit's own website domains (the theme serves the unit there too). */
    domains?: string[];
    eitSurveyUrl?: string;
    internal?: {
        itapAdminName: string;
        itapAdminPhone: string;
        itapAdminEmail: string;
        notes: string;
    };
};
export declare const demoUnits: DemoUnit[];
export type DemoUser = {
    email: string;
    name: string;
    role: 'super-admin' | 'hq-reviewer' | 'unit-approver' | 'unit-editor';
    units: string[];
};
export declare const demoUsers: DemoUser[];
/** One published and one draft page per station, each with a marker string for isolation tests (in the title only). */
export declare const demoDisclosures: readonly [{
    readonly unit: "mueang-ranong";
    readonly status: "published";
    readonly itemCode: "O16";
    readonly title: {
        readonly th: "หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล สภ.เมืองระนอง (PUBLIC-MARKER-A)";
        readonly en: "HR management criteria, Mueang Ranong PS (PUBLIC-MARKER-A)";
    };
    readonly body: {
        readonly th: "สภ.เมืองระนองใช้หลักเกณฑ์การแต่งตั้งโยกย้าย การพัฒนา และการประเมินผลการปฏิบัติงานของสำนักงานตำรวจแห่งชาติ ดูรายละเอียดได้ในประกาศหลักเกณฑ์การบริหารและพัฒนากำลังพลของสถานี";
        readonly en: "Mueang Ranong PS applies the Royal Thai Police criteria for transfers, development and performance evaluation; see the station’s announcement of its personnel criteria.";
    };
}, {
    readonly unit: "mueang-ranong";
    readonly status: "draft";
    readonly itemCode: "O22";
    readonly title: {
        readonly th: "ร่างคู่มือจริยธรรม (DRAFT-MARKER-A)";
        readonly en: "Draft ethics manual (DRAFT-MARKER-A)";
    };
    readonly body: {
        readonly th: "ร่างคู่มือแนวทางการปฏิบัติตามมาตรฐานทางจริยธรรม อยู่ระหว่างการตรวจทาน";
        readonly en: "Draft code-of-ethics guidelines, under review.";
    };
}, {
    readonly unit: "kapoe";
    readonly status: "published";
    readonly itemCode: "O16";
    readonly title: {
        readonly th: "หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล สภ.กะเปอร์ (PUBLIC-MARKER-B)";
        readonly en: "HR management criteria, Kapoe PS (PUBLIC-MARKER-B)";
    };
    readonly body: {
        readonly th: "สภ.กะเปอร์ใช้หลักเกณฑ์การแต่งตั้งโยกย้าย การพัฒนา และการประเมินผลการปฏิบัติงานของสำนักงานตำรวจแห่งชาติ";
        readonly en: "Kapoe PS applies the Royal Thai Police criteria for transfers, development and performance evaluation.";
    };
}, {
    readonly unit: "kapoe";
    readonly status: "draft";
    readonly itemCode: "O22";
    readonly title: {
        readonly th: "ร่างคู่มือจริยธรรม สภ.กะเปอร์ (DRAFT-MARKER-B)";
        readonly en: "Draft ethics manual, Kapoe PS (DRAFT-MARKER-B)";
    };
    readonly body: {
        readonly th: "ร่างคู่มือแนวทางการปฏิบัติตามมาตรฐานทางจริยธรรม อยู่ระหว่างการตรวจทาน";
        readonly en: "Draft code-of-ethics guidelines, under review.";
    };
}];
export {};
