export declare function check(src: string): string[];
