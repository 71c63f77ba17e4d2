// An article image: a stored Blob shown through an object URL (revoked when the image leaves
// the page), or an inline data: image. Any other address — a remote one in an article stored
// before images were kept locally, say — is never loaded: its alternative text is shown.

import { useEffect, useState, type ReactNode } from 'react';
import { useServices } from '../app/AppContext';
import { storedImageId } from './storedImage';

export function StoredImage({ src, alt }: { src: string; alt: string }): ReactNode {
  const { db } = useServices();
  const id = storedImageId(src);
  const [loaded, setLoaded] = useState<{ id: string; url: string } | null>(null);

  useEffect(() => {
    if (id === null) return;
    let cancelled = false;
    let url: string | null = null;
    db.images
      .get(id)
      .then((row) => {
        if (cancelled || row === undefined) return;
        url = URL.createObjectURL(row.blob);
        setLoaded({ id, url });
      })
      .catch((error: unknown) => console.warn('Could not load a stored image', error));
    return () => {
      cancelled = true;
      if (url !== null) URL.revokeObjectURL(url);
    };
  }, [db, id]);

  if (id === null) {
    if (/^data:image\/(?:png|jpe?g|gif|webp|avif);/i.test(src)) return <img src={src} alt={alt} />;
    return alt === '' ? null : <span className="image-missing">{alt}</span>;
  }
  if (loaded === null || loaded.id !== id) return <span className="image-loading" role="img" aria-label={alt} />;
  return <img src={loaded.url} alt={alt} />;
}
