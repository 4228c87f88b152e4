/**
 * The letters adapter: {@link ee.hoolekanne.adapter.letters.HoolekanneLetters} renders the
 * letters of decisions and notices ({@link ee.hoolekanne.domain.letter.Letter}) with FreeMarker
 * templates a municipality can override, to HTML and to archival PDF (PDF/A-2u, fonts embedded,
 * Estonian and Cyrillic letters), in Estonian, English and Russian.
 */
package ee.hoolekanne.adapter.letters;
