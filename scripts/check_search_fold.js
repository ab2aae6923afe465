#!/usr/bin/env node
// Runs the theme's query folding (Templates/search.js) over shared vectors and prints every mismatch.
// Usage: node scripts/check_search_fold.js [VECTORS_JSON] [SEARCH_JS]; exit 1 on any mismatch.
'use strict';
const fs = require('fs');
const path = require('path');
const root = path.join(__dirname, '..');
const vectors = JSON.parse(fs.readFileSync(process.argv[2] || path.join(root, 'Tests/SiteBuilderTests/Search/fold-vectors.json'), 'utf8'));
const { fold } = require(path.resolve(process.argv[3] || path.join(root, 'Templates/search.js')));
let failures = 0;
for (const vector of vectors) {
  const got = JSON.stringify(fold(vector.input));
  if (got !== JSON.stringify(vector.terms)) {
    failures += 1;
    console.log(`${vector.id}: ${JSON.stringify(vector.input)} → ${got}, expected ${JSON.stringify(vector.terms)}`);
  }
}
console.log(`${vectors.length - failures}/${vectors.length} vectors agree`);
process.exit(failures ? 1 : 0);
