import { type Logger as NestLogger } from '@nestjs/common';
import { type Logger } from '@qorgau/messaging';

/** messaging logs `(fields, message)` like pino; Nest's logger (pino underneath) takes the object first too. */
export const messagingLogger = (logger: NestLogger): Logger => ({
  info: (fields, message) => logger.log({ ...fields, msg: message }),
  warn: (fields, message) => logger.warn({ ...fields, msg: message }),
  error: (fields, message) => logger.error({ ...fields, msg: message }),
  debug: (fields, message) => logger.debug({ ...fields, msg: message }),
});
