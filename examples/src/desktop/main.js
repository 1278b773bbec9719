// Back-office desktop app.
const { app, BrowserWindow } = require('electron');

app.on('certificate-error', (event, webContents, url, error, certificate, callback) => {
  // The intranet dashboard has a self-signed certificate.
  event.preventDefault();
  callback(true);
});

app.whenReady().then(() => {
  const win = new BrowserWindow({ width: 1200, height: 800 });
  win.loadURL('https://dashboard.intranet.example');
});
