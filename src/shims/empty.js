// Stands in for Node's fs in the browser build: natural's tfidf requires it for a file helper we never call.
export default {};
