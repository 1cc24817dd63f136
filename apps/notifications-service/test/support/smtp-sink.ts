import { type AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface CapturedMail {
  readonly to: string[];
  readonly raw: string;
  readonly messageId: string | undefined;
  readonly subject: string | undefined;
}

/** A real SMTP server in the test process, on a free port, keeping every message it accepts. */
export async function startSmtpSink(): Promise<{
  port: number;
  mails: CapturedMail[];
  close(): Promise<void>;
}> {
  const mails: CapturedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        mails.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          raw,
          messageId: /^Message-ID:\s*(\S+)/im.exec(raw)?.[1],
          subject: /^Subject:\s*(.+)$/im.exec(raw)?.[1],
        });
        callback();
      });
    },
  });
  // A sender killed mid-session (the crash tests' point) resets its connection: the server reports it as an
  // 'error' event, which must not become an uncaught exception of the test process.
  server.on('error', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return { port, mails, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
