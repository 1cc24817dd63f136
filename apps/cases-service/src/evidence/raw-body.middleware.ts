import { Injectable, PayloadTooLargeException, type NestMiddleware } from '@nestjs/common';
import { type NextFunction, type Request, type Response } from 'express';

export const MAX_EVIDENCE_BYTES = 25 * 1024 * 1024;

/** Reads an upload's bytes into `req.body` (Nest's parsers only handle JSON and forms). */
@Injectable()
export class RawBodyMiddleware implements NestMiddleware {
  use(req: Request, _res: Response, next: NextFunction): void {
    if (Buffer.isBuffer(req.body) || req.readableEnded) return next();
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_EVIDENCE_BYTES) {
        req.removeAllListeners('data');
        next(new PayloadTooLargeException(`Evidence content is limited to ${MAX_EVIDENCE_BYTES} bytes`));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (size > MAX_EVIDENCE_BYTES) return;
      req.body = Buffer.concat(chunks);
      next();
    });
    req.on('error', next);
  }
}
