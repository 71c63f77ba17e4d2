export declare const OPENABLE_EXTENSIONS: readonly [".txt", ".md", ".markdown", ".html", ".htm"];
export declare function documentPathsFromArgv(argv: readonly string[], workingDirectory: string): string[];
