/**
 * The JSON adapter: a versioned, documented JSON format for hoolekanne's documents, safe on
 * hostile input. {@link ee.hoolekanne.adapter.json.HoolekanneJson} encodes and decodes every
 * {@link ee.hoolekanne.adapter.json.DocumentType}; decoding returns
 * {@code Either<DecodingError, T>}. Each document type has a JSON Schema (draft 2020-12) in this
 * jar. {@link ee.hoolekanne.adapter.json.JsonFileRepositories} stores aggregates and the open
 * obligations as JSON files in a folder it owns.
 * Jackson is used here only; the domain knows nothing of it.
 */
package ee.hoolekanne.adapter.json;
