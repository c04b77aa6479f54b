// The few parts of web-ext's Node API the Firefox test uses (web-ext ships no type declarations).
declare module 'web-ext' {
  interface RunParams {
    sourceDir: string;
    target: string[];
    firefox: string;
    args?: string[];
    startUrl?: string[];
    noInput?: boolean;
    noReload?: boolean;
    pref?: Record<string, string | number | boolean>;
  }
  interface Runner {
    exit(): Promise<void>;
  }
  const webExt: { cmd: { run(params: RunParams, options: { shouldExitProgram: boolean }): Promise<Runner> } };
  export default webExt;
}

declare module 'web-ext/util/logger' {
  export const consoleStream: { startCapturing(): void; stopCapturing(): void };
}
