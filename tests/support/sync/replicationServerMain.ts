// A server that speaks CouchDB's replication protocol, for the sync tests and benchmarks:
// express-pouchdb (PouchDB's own CouchDB-compatible HTTP layer) over PouchDB's LevelDB adapter
// in a folder on disk, so a server killed mid-sync and started again still has its data, as a
// real CouchDB would. Every request needs the configured user's Basic credentials (CouchDB with
// `require_valid_user`), answered like CouchDB's 401 otherwise.
//
// Run as a child process by replicationServer.ts:
//   node --import tsx replicationServerMain.ts <data folder> <port> <user> <password>
// It prints `listening <port>` once it accepts connections.

import express from 'express';
import expressPouchDb from 'express-pouchdb';
import PouchDB from 'pouchdb';

const [dataDir, portText, user, password] = process.argv.slice(2);
if (dataDir === undefined || portText === undefined || user === undefined || password === undefined) {
  console.error('usage: replicationServerMain.ts <data folder> <port> <user> <password>');
  process.exit(2);
}

const ServerPouch = PouchDB.defaults({ prefix: `${dataDir}/` });
const app = express();
const expected = `Basic ${Buffer.from(`${user}:${password}`, 'utf8').toString('base64')}`;
app.use((request, response, next) => {
  if (request.headers.authorization === expected) return next();
  response
    .status(401)
    .set('WWW-Authenticate', 'Basic realm="server"')
    .json({ error: 'unauthorized', reason: 'Name or password is incorrect.' });
});
app.use(
  '/',
  expressPouchDb(ServerPouch, { mode: 'minimumForPouchDB', inMemoryConfig: true, logPath: `${dataDir}/log.txt` }),
);
const server = app.listen(Number(portText), '127.0.0.1', () => {
  const address = server.address();
  console.log(`listening ${typeof address === 'object' && address !== null ? address.port : portText}`);
});
