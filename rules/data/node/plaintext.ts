// Clients whose traffic can go without TLS (TLS-FACTS.md section 3: nodemailer, imapflow, imap,
// @grpc/grpc-js). The option semantics live in no-plaintext-downgrade; the names live here.

/** `credentials.createInsecure()`: a channel without TLS (h2c). Passed to a client constructor after its target. */
export const INSECURE_CHANNEL_CREDENTIALS = {
  modules: ['@grpc/grpc-js', 'grpc'],
  paths: [['credentials', 'createInsecure'], ['ChannelCredentials', 'createInsecure']],
  /** The method with the same receiver that gives TLS with the system CAs. */
  secureMethod: 'createSsl',
};

/** Sink ids (rules/data/sinks.ts) of the mail clients the rule reads options of. */
export const MAIL_SINKS = { nodemailer: 'nodemailer', imapflow: 'imapflow', imap: 'imap' } as const;

/** Sink ids of the SQL Server and FTP clients whose cleartext options the rule reads. */
export const PLAIN_SINKS = { sql: ['mssql', 'tedious'], ftp: ['basic-ftp', 'ftp'] } as const;

/** Electron's webPreferences option that lets http content run in https pages. */
export const INSECURE_CONTENT = 'allowRunningInsecureContent';
