// pouchdb-browser ships no type declarations; engine/pouch.ts types the part sync uses.
declare module 'pouchdb-browser' {
  const PouchDB: unknown;
  export default PouchDB;
}
