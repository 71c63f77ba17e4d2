// A look at the server's answers before PouchDB takes them: the documents of a `_bulk_get`,
// and of the single-document GETs with `open_revs` PouchDB falls back to once a `_bulk_get`
// failed, must carry revision trees that agree with themselves (each `_rev` the head of its
// `_revisions`, generations and ids in CouchDB's form). Checking only `_bulk_get` would let a
// server fail it once on purpose and send what it likes through the fallback. A server that sends anything else —
// by accident or on purpose — is refused, and nothing it sent reaches the replica. (Contents
// need no such check: they are authenticated by AES-GCM, see docs/partCodec.ts.)

export class BrokenAnswerError extends Error {
  override readonly name = 'BrokenAnswerError';
}

const REV_HASH = /^[0-9a-z]{1,64}$/;
const MAX_REVISIONS = 1000;

function checkRevisions(doc: Record<string, unknown>, id: unknown): void {
  if (doc['_id'] !== id) throw new BrokenAnswerError('a document under another id');
  const revisions = doc['_revisions'];
  if (revisions === undefined) return;
  if (typeof revisions !== 'object' || revisions === null) throw new BrokenAnswerError('bad revision tree');
  const { start, ids } = revisions as { start?: unknown; ids?: unknown };
  if (typeof start !== 'number' || !Number.isSafeInteger(start) || start < 1)
    throw new BrokenAnswerError('bad generation');
  if (!Array.isArray(ids) || ids.length === 0 || ids.length > MAX_REVISIONS || ids.length > start)
    throw new BrokenAnswerError('bad revision list');
  if (!ids.every((hash) => typeof hash === 'string' && REV_HASH.test(hash)))
    throw new BrokenAnswerError('bad revision id');
  if (doc['_rev'] !== `${start}-${ids[0] as string}`) throw new BrokenAnswerError('revision and tree disagree');
}

function parse(body: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(body));
  } catch {
    throw new BrokenAnswerError('not JSON');
  }
}

function checkBulkGet(answer: unknown): void {
  const results = (answer as { results?: unknown } | null)?.results;
  if (!Array.isArray(results)) throw new BrokenAnswerError('no results');
  for (const result of results as { id?: unknown; docs?: unknown }[]) {
    if (!Array.isArray(result?.docs)) throw new BrokenAnswerError('no docs');
    for (const item of result.docs as { ok?: unknown }[]) {
      if (item?.ok !== undefined) checkRevisions(item.ok as Record<string, unknown>, result.id);
    }
  }
}

/** GET /db/<id>?open_revs=…: an array of `{ ok: document }` or `{ missing: rev }`. */
function checkOpenRevs(answer: unknown, id: string): void {
  if (!Array.isArray(answer)) throw new BrokenAnswerError('no list of revisions');
  for (const item of answer as { ok?: unknown }[]) {
    if (item?.ok !== undefined) checkRevisions(item.ok as Record<string, unknown>, id);
  }
}

/** Throws BrokenAnswerError when an answer to `url` is not what the protocol allows. */
export function checkAnswer(url: string, body: Uint8Array, status: number): void {
  if (status < 200 || status >= 300) return;
  const address = new URL(url);
  if (address.pathname.endsWith('/_bulk_get')) checkBulkGet(parse(body));
  else if (address.searchParams.has('open_revs')) {
    const id = decodeURIComponent(address.pathname.slice(address.pathname.lastIndexOf('/') + 1));
    checkOpenRevs(parse(body), id);
  }
}
