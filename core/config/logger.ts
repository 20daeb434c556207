import pino from "pino";

export type Logger = pino.Logger;

/**
 * Structured JSON logs. Message text, names, phone numbers and chat ids are never logged at info
 * level: callers log ids of our own records (ticket code, update key) instead. The redact list is a
 * second line of defence for fields that slip into a logged object.
 */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { app: "langnghe" },
      redact: {
        paths: ["text", "*.text", "phone", "*.phone", "chatId", "*.chatId", "token", "*.token", "password", "*.password", "authorization", "*.authorization", "cookie", "*.cookie"],
        censor: "[redacted]",
      },
    },
    destination,
  );
}
