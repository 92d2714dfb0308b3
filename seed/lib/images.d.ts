export type ImageKind = 'portrait' | 'activity' | 'meeting' | 'sign' | 'org-chart' | 'infographic' | 'facility' | 'checkpoint';
/** Renders one image; `variant` varies colours and layout so neighbouring images differ. */
export declare function renderImage(kind: ImageKind, variant: number): Promise<{
    data: Buffer;
    mimetype: string;
    ext: string;
}>;
