// How the renderer's JavaScript is minified: names mangled and white space dropped, but no
// `compress` pass. Oxc's compressor rewrites the argument-copy loops that Babel and
// TypeScript emit for rest parameters into `[...arguments].slice(n)` (oxc-project/oxc#13114).
// DOMPurify reads every DOM property through such wrappers (`unapply`), and V8 runs the
// rewritten form about three times slower: sanitizing the article of a 1 MB page took
// 160–220 ms instead of 55–75 ms, a third of the whole import. Without compress the chunks are
// about 3% larger (index 407 → 420 kB), which measured no slower to start.

export const RENDERER_MINIFY = Object.freeze({ compress: false, mangle: true } as const);
