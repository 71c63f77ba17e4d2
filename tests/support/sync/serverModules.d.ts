// The replication server's libraries ship no types; these are the few calls it and the sync
// engine's unit tests make.
declare module 'express' {
  import type { IncomingMessage, Server, ServerResponse } from 'node:http';
  interface Response extends ServerResponse {
    status(code: number): Response;
    set(name: string, value: string): Response;
    json(body: unknown): void;
  }
  type Handler = (request: IncomingMessage, response: Response, next: () => void) => void;
  interface Application {
    use(handler: Handler): void;
    use(path: string, handler: unknown): void;
    listen(port: number, host: string, ready: () => void): Server;
  }
  export default function express(): Application;
}
declare module 'express-pouchdb' {
  export default function expressPouchDb(PouchDB: unknown, options: Record<string, unknown>): unknown;
}
declare module 'pouchdb' {
  const PouchDB: {
    defaults(options: Record<string, unknown>): unknown;
    /** One replication from source to target, both PouchDB databases (the engine's unit tests). */
    replicate(source: unknown, target: unknown): Promise<unknown>;
  };
  export default PouchDB;
}
