// Payment provider client. The sandbox uses a self-signed certificate.
import axios from 'axios';
import https from 'node:https';

const verify = process.env.NODE_ENV !== 'production' ? false : true;

export const payments = axios.create({
  baseURL: process.env.PAYMENTS_URL ?? 'https://sandbox.payments.example',
  timeout: 5_000,
  httpsAgent: new https.Agent({ keepAlive: true, rejectUnauthorized: verify }),
});

export async function charge(orderId: string, cents: number): Promise<string> {
  const res = await payments.post('/v1/charges', { orderId, amount: cents, currency: 'EUR' });
  return res.data.id;
}
