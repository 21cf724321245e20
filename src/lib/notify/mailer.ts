import 'server-only';
import nodemailer from 'nodemailer';

let cached: { url: string; transport: nodemailer.Transporter } | null = null;

/** The SMTP transport for `SMTP_URL` (smtp://user:pass@host:port), or null when mail is not configured. */
export function mailTransport(): nodemailer.Transporter | null {
  const url = process.env.SMTP_URL;
  if (!url) return null;
  if (cached?.url !== url) cached = { url, transport: nodemailer.createTransport(url) };
  return cached.transport;
}

export function mailFrom(): string {
  return process.env.SMTP_FROM ?? '一窗通办 <noreply@yichuang.example.gov.cn>';
}
