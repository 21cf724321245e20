// Types of the launcher for the TypeScript tests that start a server of their own.
export type EmbeddedServer = {
  url: string;
  stop(): Promise<void>;
  restart(downMs?: number): Promise<void>;
  halt(): Promise<void>;
  start(): Promise<void>;
};
export const root: string;
export function startEmbedded(options?: { test?: boolean; port?: number; name?: string }): Promise<EmbeddedServer>;
export function migrate(url: string): void;
export function provideDatabase(options?: { test?: boolean }): Promise<{ url: string; stop(): Promise<void> }>;
export function runChild(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number>;
