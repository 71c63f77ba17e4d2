// Readability 0.6 reads whole texts to learn their lengths: in `_grabArticle` the link density of
// every candidate (`_getLinkDensity`: the candidate's whole `textContent`, then each of its links'),
// where candidates nest (on the 1 MB bench page the <article> and the <body> around it, each read
// whole, each with its 1,710 links), and at the end the extracted article's length, only to see
// whether it reaches 500 characters. In a fresh extraction frame each whole read of that page is
// ~20 ms (`textContent` builds the text of ~11,000 text nodes; CPU profiles,
// docs/journal/2026-12-07-import-1mb.md). The frame's build changes how those lengths are found,
// not what they are:
//
// - Link densities: before its loop over the candidates, Readability (as built) finds the length
//   of every candidate's text deepest first, and a candidate that holds others adds up the lengths
//   of its children, taking those already found, instead of reading its whole text again. A
//   text's length as `_getInnerText` gives it (trimmed, each run of two or more white-space
//   characters made one space) follows from the parts' lengths and whether each begins or ends
//   with white space (`LENGTH_METHODS`, `joinLengths`). Each link's share is found once and added
//   in the same order, so every density is the same number. Nothing changes the page during
//   that loop, which is what makes lengths found before it true in it.
// - The article's length: the text is read from its start only until it is known to reach the
//   threshold (a longer text's length is never less than its beginning's); the exact length,
//   which Readability keeps only when the text is too short, is still found whenever it is.

import { READABILITY_MODULE, replaceExactlyOnce, sourcePatchPlugin } from './sourcePatch';

const WHAT = "hamish:readability-lengths: Readability's text lengths (electron/build/readabilityLengths.ts)";

/** `_getInnerText` as Readability 0.6.0 ships it (node_modules/@mozilla/readability/Readability.js). */
export const INNER_TEXT = `  _getInnerText(e, normalizeSpaces) {
    normalizeSpaces =
      typeof normalizeSpaces === "undefined" ? true : normalizeSpaces;
    var textContent = e.textContent.trim();

    if (normalizeSpaces) {
      return textContent.replace(this.REGEXPS.normalize, " ");
    }
    return textContent;
  },
`;

/**
 * The methods added after `_getInnerText`. A text's length summary: `length`, the length
 * `_getInnerText` gives it; `lead`/`trail`, whether it begins or ends with white space (when it
 * has more than white space); `space`, whether it is white space only and not empty. Text and
 * CDATA nodes (node types 3 and 4, `NodeFilter` 4 and 8) are what `textContent` is made of.
 */
export const LENGTH_METHODS = `
  _hamishLengthOf(text) {
    var trimmed = text.trim();
    if (trimmed === "") {
      return { length: 0, lead: false, trail: false, space: text !== "" };
    }
    return {
      length: trimmed.replace(this.REGEXPS.normalize, " ").length,
      lead: text.charCodeAt(0) !== trimmed.charCodeAt(0),
      trail: text.charCodeAt(text.length - 1) !== trimmed.charCodeAt(trimmed.length - 1),
      space: false,
    };
  },

  _hamishJoinLengths(a, b) {
    if (a.length === 0 && b.length === 0) {
      return { length: 0, lead: false, trail: false, space: a.space || b.space };
    }
    if (a.length === 0) {
      return { length: b.length, lead: a.space || b.lead, trail: b.trail, space: false };
    }
    if (b.length === 0) {
      return { length: a.length, lead: a.lead, trail: a.trail || b.space, space: false };
    }
    return {
      length: a.length + b.length + (a.trail || b.lead ? 1 : 0),
      lead: a.lead,
      trail: b.trail,
      space: false,
    };
  },

  _hamishNodeLength(node, lengths) {
    var known = lengths.nodes.get(node);
    if (known !== undefined) {
      return known;
    }
    var length;
    if (!lengths.holders.has(node)) {
      length = this._hamishLengthOf(node.textContent);
    } else {
      length = { length: 0, lead: false, trail: false, space: false };
      for (var child = node.firstChild; child; child = child.nextSibling) {
        var type = child.nodeType;
        if (type === 1) {
          length = this._hamishJoinLengths(length, this._hamishNodeLength(child, lengths));
        } else if (type === 3 || type === 4) {
          length = this._hamishJoinLengths(length, this._hamishLengthOf(child.data));
        }
      }
    }
    lengths.nodes.set(node, length);
    for (var up = node.parentNode; up && !lengths.holders.has(up); up = up.parentNode) {
      lengths.holders.add(up);
    }
    return length;
  },

  _hamishCandidateLengths(candidates) {
    var lengths = { nodes: new Map(), holders: new Set(), links: new Map() };
    var deepestFirst = candidates.map(function (node) {
      var depth = 0;
      for (var up = node.parentNode; up; up = up.parentNode) {
        depth += 1;
      }
      return { node, depth };
    });
    deepestFirst.sort(function (a, b) {
      return b.depth - a.depth;
    });
    for (var i = 0; i < deepestFirst.length; i++) {
      this._hamishNodeLength(deepestFirst[i].node, lengths);
    }
    return lengths;
  },

  _hamishLinkDensity(element, lengths) {
    var textLength = this._hamishNodeLength(element, lengths).length;
    if (textLength === 0) {
      return 0;
    }

    var linkLength = 0;
    this._forEachNode(element.getElementsByTagName("a"), function (linkNode) {
      var share = lengths.links.get(linkNode);
      if (share === undefined) {
        var href = linkNode.getAttribute("href");
        var coefficient = href && this.REGEXPS.hashUrl.test(href) ? 0.3 : 1;
        share = this._getInnerText(linkNode).length * coefficient;
        lengths.links.set(linkNode, share);
      }
      linkLength += share;
    });

    return linkLength / textLength;
  },

  _hamishTextLengthBelow(e, limit) {
    var walker = this._doc.createTreeWalker(e, 12);
    var text = "";
    var next = limit;
    for (var node = walker.nextNode(); node; node = walker.nextNode()) {
      text += node.data;
      if (text.length >= next) {
        var length = text.trim().replace(this.REGEXPS.normalize, " ").length;
        if (length >= limit) {
          return length;
        }
        next = text.length * 2;
      }
    }
    return text.trim().replace(this.REGEXPS.normalize, " ").length;
  },
`;

/** The candidates' loop as Readability 0.6.0 ships it: its start, and its link density. */
export const CANDIDATE_LOOP =
  '      var topCandidates = [];\n      for (var c = 0, cl = candidates.length; c < cl; c += 1) {\n';
export const CANDIDATE_DENSITY = '          (1 - this._getLinkDensity(candidate));\n';
/** The article's length check at the end of `_grabArticle`. */
export const ARTICLE_LENGTH = '      var textLength = this._getInnerText(articleContent, true).length;\n';

/** Readability's source finding the same lengths with fewer whole-text reads; throws when a line is not there exactly once. */
export function readabilityLengthEdits(source: string): string {
  let edited = replaceExactlyOnce(source, INNER_TEXT, `${INNER_TEXT}${LENGTH_METHODS}`, WHAT);
  edited = replaceExactlyOnce(
    edited,
    CANDIDATE_LOOP,
    `      var hamishLengths = this._hamishCandidateLengths(candidates);\n${CANDIDATE_LOOP}`,
    WHAT,
  );
  edited = replaceExactlyOnce(
    edited,
    CANDIDATE_DENSITY,
    '          (1 - this._hamishLinkDensity(candidate, hamishLengths));\n',
    WHAT,
  );
  return replaceExactlyOnce(
    edited,
    ARTICLE_LENGTH,
    '      var textLength = this._hamishTextLengthBelow(articleContent, this._charThreshold);\n',
    WHAT,
  );
}

/** Applies `readabilityLengthEdits` to Readability.js when it is bundled. */
export function readabilityLengths() {
  return sourcePatchPlugin('hamish:readability-lengths', READABILITY_MODULE, readabilityLengthEdits);
}
