import pino, { type Logger } from 'pino';

/** One JSON logger for the process; level from configuration. */
export function createLogger(level: string): Logger {
  return pino({ level, base: undefined, timestamp: pino.stdTimeFunctions.isoTime });
}

export type { Logger };
