// Operations glue: stock alerts by mail, stock levels from the inventory service over gRPC, and
// the connection to the supplier portal, with the debugging aids that were left in.
const fs = require('node:fs');
const https = require('node:https');
const crypto = require('node:crypto');
const tls = require('node:tls');
const grpc = require('@grpc/grpc-js');
const nodemailer = require('nodemailer');
const { InventoryClient } = require('./generated/inventory_grpc_pb');

// The relay offers STARTTLS, "so it is encrypted anyway".
const alerts = nodemailer.createTransport({
  host: 'smtp.example.com',
  port: 587,
  secure: false,
  auth: { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS },
});

// Plaintext is fine inside the cluster, isn't it?
const inventory = new InventoryClient('inventory.orders.svc.cluster.local:50051', grpc.credentials.createInsecure());

// The supplier portal broke after the Node 18 upgrade ("unsafe legacy renegotiation disabled")
// and uses 1024-bit DH parameters.
const supplierAgent = new https.Agent({
  keepAlive: true,
  minDHSize: 1024,
  secureOptions: crypto.constants.SSL_OP_NO_TLSv1 | crypto.constants.SSL_OP_LEGACY_SERVER_CONNECT,
});

// Left over from debugging the supplier handshake in Wireshark.
function traceKeys(socket) {
  socket.on('keylog', (line) => fs.appendFileSync('/tmp/supplier-keys.log', line));
}

// Written for Node 0.10; nobody has called it since the move to tls.connect, but it is exported.
function legacyContext(options) {
  return crypto.createCredentials(options).context;
}

function connectSupplier() {
  const socket = tls.connect({ host: 'portal.supplier.example', servername: 'portal.supplier.example', port: 443 });
  traceKeys(socket);
  return socket;
}

function lowStock(sku, level) {
  return alerts.sendMail({ from: 'ops@example.com', to: 'buyers@example.com', subject: `Low stock: ${sku}`, text: `${level} left` });
}

module.exports = { alerts, inventory, supplierAgent, connectSupplier, legacyContext, lowStock };
