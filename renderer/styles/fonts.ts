// Bundled typefaces: nothing is loaded from the network. Noto Sans Arabic for the interface;
// Noto Naskh Arabic and Noto Sans Arabic for reading, scaled to their Latin companions in
// readingFonts.css; Noto Serif and Noto Sans for Latin (with italics for Latin emphasis).
// Only the Arabic and Latin subsets are bundled.

import '@fontsource/noto-sans-arabic/arabic-400.css';
import '@fontsource/noto-sans-arabic/arabic-600.css';
import '@fontsource/noto-serif/latin-400.css';
import '@fontsource/noto-serif/latin-400-italic.css';
import '@fontsource/noto-serif/latin-700.css';
import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-400-italic.css';
import '@fontsource/noto-sans/latin-600.css';
import './readingFonts.css';
