export declare function pdf(title: string, lines?: string[]): Buffer;
