// The server's log, written to the client's "News Lens" output channel (window/logMessage), at the
// level the `newsLens.logLevel` setting chooses: what happened when results seem wrong.

export const LOG_LEVELS = ['off', 'error', 'warn', 'info', 'debug'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Where messages go: the connection's console (`connection.console`) or anything shaped like it. */
export interface LogSink {
  error(message: string): void;
  warn(message: string): void;
  info(message: string): void;
  log(message: string): void;
}

/** The level a raw `newsLens` settings object asks for (`logLevel`, else `info`). */
export function logLevelOf(raw: unknown): LogLevel {
  const value = raw && typeof raw === 'object' ? (raw as { logLevel?: unknown }).logLevel : undefined;
  return LOG_LEVELS.find((level) => level === value) ?? 'info';
}

export class Log {
  private rank: number = LOG_LEVELS.indexOf('info');

  constructor(private readonly sink: LogSink) {}

  setLevel(level: LogLevel): void {
    this.rank = LOG_LEVELS.indexOf(level);
  }

  error(message: string): void {
    if (this.rank >= 1) this.sink.error(message);
  }

  warn(message: string): void {
    if (this.rank >= 2) this.sink.warn(message);
  }

  info(message: string): void {
    if (this.rank >= 3) this.sink.info(message);
  }

  debug(message: string): void {
    if (this.rank >= 4) this.sink.log(message);
  }
}
