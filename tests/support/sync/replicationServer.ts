// Starts the replication server (replicationServerMain.ts) as a process of its own on a free
// loopback port, and can kill it (SIGKILL, mid-request) and start it again on the same port
// with the same data. Or, when COUCHDB_URL is set (http://user:password@host:port), uses that
// real CouchDB 3 instead; there, "killing" is done by the tests' proxy (syncAppServer.ts),
// since the tests do not own that server's process.

import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface ReplicationServer {
  /** The server's root, without credentials. */
  readonly origin: string;
  readonly username: string;
  readonly password: string;
  /** Whether this is a real CouchDB from COUCHDB_URL (not ours to kill). */
  readonly external: boolean;
  /** A fresh database name on this server. */
  databaseName(prefix: string): string;
  /** Every stored byte of the server's data (ours: the LevelDB files; CouchDB: every document and attachment). */
  storedText(database: string): Promise<string>;
  kill(): Promise<void>;
  restart(): Promise<void>;
  stop(): Promise<void>;
}

const MAIN = path.join(import.meta.dirname, 'replicationServerMain.ts');

function launch(
  dataDir: string,
  port: number,
  username: string,
  password: string,
): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN, dataDir, String(port), username, password], {
    stdio: ['ignore', 'pipe', 'pipe'],
    cwd: path.resolve(import.meta.dirname, '../../..'),
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening (\d+)/.exec(output);
      if (match !== null) {
        child.stdout?.off('data', onData);
        resolve({ child, port: Number(match[1]) });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`replication server exited (${code}): ${output}`)));
  });
}

async function readTree(folder: string): Promise<string> {
  const { readdir, readFile } = await import('node:fs/promises');
  let text = '';
  for (const entry of await readdir(folder, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) text += (await readFile(path.join(entry.parentPath, entry.name))).toString('latin1');
  }
  return text;
}

async function startLocal(): Promise<ReplicationServer> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'hamish-couch-'));
  const username = 'reader';
  const password = 'كلمة-سر-الخادم';
  const launched = await launch(dataDir, 0, username, password);
  const port = launched.port;
  let child = launched.child;
  const exited = (process: ChildProcess) =>
    process.exitCode !== null || process.signalCode !== null
      ? Promise.resolve()
      : new Promise<void>((resolve) => process.once('exit', () => resolve()));
  return {
    origin: `http://127.0.0.1:${port}`,
    username,
    password,
    external: false,
    databaseName: (prefix) => `${prefix}-${crypto.randomUUID().slice(0, 8)}`,
    async storedText() {
      // UTF-8 bytes read as Latin-1: search it for a sentence's UTF-8 bytes, read the same way.
      return readTree(dataDir);
    },
    async kill() {
      child.kill('SIGKILL');
      await exited(child);
    },
    async restart() {
      ({ child } = await launch(dataDir, port, username, password));
    },
    async stop() {
      child.kill('SIGTERM');
      await exited(child);
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

function startExternal(address: string): ReplicationServer {
  const url = new URL(address);
  const username = decodeURIComponent(url.username);
  const password = decodeURIComponent(url.password);
  const origin = url.origin;
  const auth = `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
  return {
    origin,
    username,
    password,
    external: true,
    databaseName: (prefix) => `${prefix}-${crypto.randomUUID().slice(0, 8)}`,
    async storedText(database) {
      const response = await fetch(`${origin}/${database}/_all_docs?include_docs=true&attachments=true`, {
        headers: { Authorization: auth },
      });
      const text = await response.text();
      return Buffer.from(text, 'utf8').toString('latin1');
    },
    async kill() {},
    async restart() {},
    async stop() {},
  };
}

/** The server the sync tests use: COUCHDB_URL's CouchDB when set, else our own process. */
export async function startReplicationServer(): Promise<ReplicationServer> {
  const external = process.env['COUCHDB_URL'];
  return external !== undefined && external !== '' ? startExternal(external) : startLocal();
}

/** A string as the stored bytes hold it (UTF-8 read as Latin-1), to search storedText. */
export function storedForm(text: string): string {
  return Buffer.from(text, 'utf8').toString('latin1');
}
