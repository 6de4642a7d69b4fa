// A fresh webpack 5 project: webpack emits the .wasm files the entries name with
// `new URL('…', import.meta.url)`; index.html is copied by hand (no plugin).
const path = require('node:path');

module.exports = {
  entry: './src/main.js',
  output: { path: path.resolve(__dirname, 'dist'), clean: true },
  performance: { hints: false },
};
