// A shop API on Express with the npm 'cors' middleware: the kind of server teams run in front of a browser app.
// Started by CorsConformance.Cli.Tests (tests/CorsConformance.Cli.Tests/Infrastructure/NodeCorsServer.cs):
//   node server.js <mode>      modes: correct | reflect-any-origin | wildcard-with-credentials
// Listens on 127.0.0.1 (a free port) and prints "listening http://127.0.0.1:PORT/" once ready. Exits when stdin closes.
'use strict';

const express = require('express');
const cors = require('cors');

const mode = process.argv[2] || 'correct';
const shopOrigins = ['https://app.example.com', 'https://admin.example.com'];
const shared = {
  methods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
  allowedHeaders: ['Authorization', 'Content-Type', 'X-Request-Id'],
  exposedHeaders: ['X-Total-Count', 'ETag'],
  maxAge: 600,
};
const policies = {
  // An exact allowlist with credentials: what the contract promises.
  'correct': { ...shared, origin: shopOrigins, credentials: true },
  // origin: true reflects whatever Origin arrives (a classic copy-paste from Stack Overflow).
  'reflect-any-origin': { ...shared, origin: true, credentials: true },
  // origin '*' with credentials: the cors package sends both headers, and browsers block every credentialed call.
  'wildcard-with-credentials': { ...shared, origin: '*', credentials: true },
};
if (!policies[mode]) {
  console.error(`unknown mode '${mode}'; use one of: ${Object.keys(policies).join(', ')}`);
  process.exit(2);
}

const app = express();
app.disable('x-powered-by');

// The public catalog: '*' without credentials, answered before the shop policy runs.
app.options('/api/catalog', cors());
app.get('/api/catalog', cors(), (req, res) => res.json([{ id: 1, name: 'Teapot' }]));

app.use(cors(policies[mode]));

app.get('/api/orders', (req, res) => {
  res.set('X-Total-Count', '1');
  res.json([{ id: 1, quantity: 1 }]);
});
app.post('/api/orders', express.text({ type: '*/*' }), (req, res) => res.status(201).json({ id: 2 }));
app.get('/api/orders/1', (req, res) => res.set('X-Total-Count', '1').json({ id: 1, quantity: 1 }));
app.put('/api/orders/1', (req, res) => res.json({ id: 1 }));
app.patch('/api/orders/1', (req, res) => res.json({ id: 1 }));
app.delete('/api/orders/1', (req, res) => res.status(204).end());
app.get('/api/account', (req, res) => {
  if (!req.headers.authorization) return res.status(401).json({ error: 'sign in' });
  res.json({ name: 'Ada' });
});
app.get('/api/boom', () => { throw new Error('boom'); });
// Unknown routes fall through to Express's 404 and errors to its default handler; both keep the CORS headers set above.
app.use((err, req, res, next) => res.status(500).json({ error: 'internal' }));

const server = app.listen(0, '127.0.0.1', () => {
  console.log(`listening http://127.0.0.1:${server.address().port}/`);
});
process.stdin.on('end', () => server.close(() => process.exit(0)));
process.stdin.resume();
