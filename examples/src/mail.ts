// Order confirmations through the company SMTP relay.
import nodemailer from 'nodemailer';

const transport = nodemailer.createTransport({
  host: 'smtp.example.com',
  port: 587,
  requireTLS: true,
  auth: { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS },
  tls: { rejectUnauthorized: false },
});

export function sendConfirmation(to: string, orderId: string) {
  return transport.sendMail({ from: 'orders@example.com', to, subject: `Order ${orderId}`, text: 'Thank you for your order.' });
}
