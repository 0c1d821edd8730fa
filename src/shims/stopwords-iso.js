// Stands in for stopwords-iso in the browser build: natural's German stemmer requires the stop words of
// every language (300 kB) for a tokenizeAndStem helper we never call; stem() needs none.
export default { de: [] };
