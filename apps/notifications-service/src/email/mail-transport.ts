import { createTransport, type Transporter } from 'nodemailer';

export interface OutgoingMail {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  /** The delivery id: the same e-mail sent twice carries the same Message-ID, so receivers can drop the copy. */
  readonly deliveryId: string;
}

/** SMTP through nodemailer; one pooled connection set per process. */
export class MailTransport {
  private readonly transporter: Transporter;

  constructor(
    options: { host: string; port: number; secure: boolean },
    private readonly from: string,
  ) {
    this.transporter = createTransport({
      host: options.host,
      port: options.port,
      secure: options.secure,
      pool: true,
      maxConnections: 2,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 20_000,
    });
  }

  async send(mail: OutgoingMail): Promise<void> {
    await this.transporter.sendMail({
      from: this.from,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      messageId: `<${mail.deliveryId}@notifications.qorgau>`,
      headers: { 'X-Qorgau-Delivery': mail.deliveryId },
    });
  }

  close(): void {
    this.transporter.close();
  }
}
