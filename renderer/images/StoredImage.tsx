// An article image kept in the database (`hamish-image:<id>`): its Blob shown through an object
// URL, revoked when the image leaves the page. An inline data: image is shown as it is; any
// other address is never loaded — the reader's "missing image" placeholder stands in.

import { useEffect, useState, type ReactNode } from 'react';
import { useServices } from '../platform/services';
import { storedImageId } from './storedImage';

export function StoredImage({ src, alt }: { src: string; alt: string }): ReactNode {
  const { db } = useServices();
  const id = storedImageId(src);
  const [loaded, setLoaded] = useState<{ id: string; url: string } | 'missing' | null>(null);

  useEffect(() => {
    if (id === null) return;
    let cancelled = false;
    let url: string | null = null;
    db.images
      .get(id)
      .then((row) => {
        if (cancelled) return;
        if (row === undefined) {
          setLoaded('missing');
          return;
        }
        url = URL.createObjectURL(row.blob);
        setLoaded({ id, url });
      })
      // One image that cannot be read leaves its placeholder (with its alt text); the article reads on.
      .catch((error: unknown) => console.warn('Could not load a stored image', error));
    return () => {
      cancelled = true;
      if (url !== null) URL.revokeObjectURL(url);
    };
  }, [db, id]);

  const placeholder = (className: string) => (
    <span className={className} {...(alt === '' ? { 'aria-hidden': true } : { role: 'img', 'aria-label': alt })} />
  );
  if (id === null)
    return /^data:image\/(?:png|jpe?g|gif|webp|avif);/i.test(src) ? (
      <img src={src} alt={alt} decoding="async" />
    ) : (
      placeholder('article-image-missing')
    );
  if (loaded === 'missing') return placeholder('article-image-missing');
  if (loaded === null || loaded.id !== id) return placeholder('article-image-loading');
  return <img src={loaded.url} alt={alt} decoding="async" />;
}
